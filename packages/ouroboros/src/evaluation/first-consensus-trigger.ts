import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { ConsensusTrigger } from './evaluation-result.js';

/** What the host knows about the circumstances of an evaluation, plus stage 2's numbers. */
export interface TriggerSignals {
  /** Someone asked for consensus explicitly. */
  readonly manualRequest?: boolean;
  /** The seed was changed (this generation evolved it). */
  readonly seedModified?: boolean;
  /** The ontology evolved in this generation. */
  readonly ontologyEvolved?: boolean;
  /** The goal needed interpreting. */
  readonly goalInterpretation?: boolean;
  /** A lateral-thinking suggestion was adopted. */
  readonly lateralThinkingAdopted?: boolean;
  /** Stage 2's drift score. */
  readonly drift: number;
  /** Stage 2's uncertainty. */
  readonly uncertainty: number;
}

/**
 * The first stage-3 trigger that holds, in priority order: manual request, seed modification,
 * ontology evolution, goal interpretation, drift > 0.3, uncertainty > 0.3, lateral-thinking
 * adoption (both thresholds strict). Null when none holds.
 */
export function firstConsensusTrigger(
  signals: TriggerSignals,
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): ConsensusTrigger | null {
  if (signals.manualRequest === true) return 'manual-request';
  if (signals.seedModified === true) return 'seed-modification';
  if (signals.ontologyEvolved === true) return 'ontology-evolution';
  if (signals.goalInterpretation === true) return 'goal-interpretation';
  if (signals.drift > config.evaluation.driftTrigger) return 'seed-drift-alert';
  if (signals.uncertainty > config.evaluation.uncertaintyTrigger) return 'semantic-uncertainty';
  if (signals.lateralThinkingAdopted === true) return 'lateral-thinking-adoption';
  return null;
}
