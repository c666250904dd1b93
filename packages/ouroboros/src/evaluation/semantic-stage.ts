import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { SemanticJudgement, SemanticResult } from './evaluation-result.js';
import { firstConsensusTrigger, type TriggerSignals } from './first-consensus-trigger.js';
import { semanticApproval } from './semantic-approval.js';

/** The circumstances of an evaluation; drift and uncertainty come from the judgement. */
export type EvaluationSignals = Omit<TriggerSignals, 'drift' | 'uncertainty'>;

/**
 * Stage 2 for one criterion: the approval rule and the consensus trigger. A judgement that says
 * the criterion is not met is rejected at once — no trigger fires — unless consensus was requested
 * manually.
 */
export function semanticStage(
  criterionKey: string,
  judgement: SemanticJudgement,
  signals: EvaluationSignals = {},
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): SemanticResult {
  const { approved, vetoed } = semanticApproval(judgement, config);
  const trigger =
    judgement.criterionMet || signals.manualRequest === true
      ? firstConsensusTrigger({ ...signals, drift: judgement.drift, uncertainty: judgement.uncertainty }, config)
      : null;
  return { stage: 'semantic', criterionKey, judgement, approved, vetoed, trigger };
}
