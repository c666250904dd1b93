import type { CriterionEvaluation, EvaluationResult } from './evaluation-result.js';

/**
 * The verdict on one criterion from the stages that ran: a failed mechanical check rejects; else
 * a consensus result decides when present, else the semantic result. A skipped mechanical stage
 * with no later stage leaves the criterion unresolved.
 */
export function decideCriterion(criterionKey: string, stages: readonly EvaluationResult[]): CriterionEvaluation {
  const mechanical = stages.find((stage) => stage.stage === 'mechanical');
  const semantic = stages.find((stage) => stage.stage === 'semantic');
  const consensus = stages.find((stage) => stage.stage === 'consensus');
  const score = semantic?.judgement.score ?? null;
  const base = { criterionKey, stages, score };
  if (mechanical?.outcome === 'failed') return { ...base, verdict: 'fail', decidedBy: 'mechanical' };
  if (consensus !== undefined)
    return { ...base, verdict: consensus.approved ? 'pass' : 'fail', decidedBy: 'consensus' };
  if (semantic !== undefined) return { ...base, verdict: semantic.approved ? 'pass' : 'fail', decidedBy: 'semantic' };
  if (mechanical?.outcome === 'passed') return { ...base, verdict: 'pass', decidedBy: 'mechanical' };
  return { ...base, verdict: 'unresolved', decidedBy: null };
}
