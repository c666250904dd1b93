import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { Milestone } from './ambiguity-score.js';

/** The most advanced milestone an ambiguity reaches: > 0.4 initial, ≤ 0.4 progress, ≤ 0.3 refined, ≤ 0.2 ready. */
export function milestoneFor(overall: number, config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG): Milestone {
  const cuts = config.ambiguity.milestones;
  if (overall <= cuts.ready) return 'ready';
  if (overall <= cuts.refined) return 'refined';
  if (overall <= cuts.progress) return 'progress';
  return 'initial';
}
