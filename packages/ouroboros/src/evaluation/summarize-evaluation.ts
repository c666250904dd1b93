import { roundScore } from '../protocol/round-score.js';
import type { Seed } from '../seed/seed.js';
import type { CriterionEvaluation, EvaluationSummary } from './evaluation-result.js';

/**
 * Summarises a seed's evaluation. Approved only when every criterion of the seed has a `pass`
 * verdict: a missing or unresolved criterion blocks approval, evaluations of unknown keys are
 * ignored. The score is the mean semantic score.
 */
export function summarizeEvaluation(seed: Seed, evaluations: readonly CriterionEvaluation[]): EvaluationSummary {
  const byKey = new Map(evaluations.map((evaluation) => [evaluation.criterionKey, evaluation]));
  const criteria = seed.acceptanceCriteria.flatMap((criterion) => byKey.get(criterion.key) ?? []);
  const unresolved = seed.acceptanceCriteria
    .filter((criterion) => (byKey.get(criterion.key)?.verdict ?? 'unresolved') === 'unresolved')
    .map((criterion) => criterion.key);
  const scores = criteria.flatMap((criterion) => (criterion.score === null ? [] : [criterion.score]));
  return {
    seedId: seed.id,
    generation: seed.generation,
    criteria,
    approved: criteria.length === seed.acceptanceCriteria.length && criteria.every((c) => c.verdict === 'pass'),
    score: scores.length === 0 ? null : roundScore(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    unresolved,
  };
}
