import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { SemanticJudgement } from './evaluation-result.js';

/** The stage-2 decision on one judgement. */
export interface SemanticApproval {
  readonly approved: boolean;
  /** True when the reward-hacking veto turned an approval into a rejection. */
  readonly vetoed: boolean;
}

/**
 * Stage-2 approval: the criterion is met and score ≥ 0.8, unless reward-hacking risk ≥ 0.7 vetoes
 * it. The veto only ever turns an approval into a rejection.
 */
export function semanticApproval(
  judgement: SemanticJudgement,
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): SemanticApproval {
  const met = judgement.criterionMet && judgement.score >= config.evaluation.semanticApproval;
  const vetoed = met && judgement.rewardHackingRisk >= config.evaluation.rewardHackingVeto;
  return { approved: met && !vetoed, vetoed };
}
