import { okAsync, type ResultAsync } from 'neverthrow';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import { consensusOutcome } from '../evaluation/consensus-outcome.js';
import { decideCriterion } from '../evaluation/decide-criterion.js';
import type { CriterionEvaluation, MechanicalObservation } from '../evaluation/evaluation-result.js';
import { mechanicalVerdict } from '../evaluation/mechanical-verdict.js';
import { semanticStage, type EvaluationSignals } from '../evaluation/semantic-stage.js';
import { castVotes } from './cast-votes.js';
import type { EngineContext } from './engine-context.js';
import { judgeSemantic, type SemanticRequest } from './judge-semantic.js';

/** Input to {@link evaluateCriterion}. */
export interface CriterionEvaluationRequest extends SemanticRequest {
  /** What the host observed running the criterion's contract in the sandbox; null if it did not run. */
  readonly observation: MechanicalObservation | null;
  /** Circumstances that can trigger consensus (seed modified, manual request, …). */
  readonly signals?: EvaluationSignals;
}

/**
 * Evaluates one criterion through the stages: mechanical (a failure stops here, no LLM call),
 * semantic, and consensus when a trigger fires. The reward-hacking veto applies last.
 */
export function evaluateCriterion(
  context: EngineContext,
  request: CriterionEvaluationRequest,
): ResultAsync<CriterionEvaluation, OuroborosError> {
  const { criterion } = request;
  const mechanical = mechanicalVerdict(criterion, request.observation);
  if (mechanical.outcome === 'failed') return okAsync(decideCriterion(criterion.key, [mechanical]));
  return judgeSemantic(context, request).andThen((judgement) => {
    const semantic = semanticStage(criterion.key, judgement, request.signals, context.config);
    const trigger = semantic.trigger;
    if (trigger === null) return okAsync(decideCriterion(criterion.key, [mechanical, semantic]));
    return castVotes(context, { ...request, judgement })
      .andThen((votes) =>
        consensusOutcome(
          votes,
          { criterionKey: criterion.key, trigger, rewardHackingRisk: judgement.rewardHackingRisk },
          context.config,
        ),
      )
      .map((consensus) => decideCriterion(criterion.key, [mechanical, semantic, consensus]));
  });
}
