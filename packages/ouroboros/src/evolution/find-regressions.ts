import type { GenerationSnapshot } from './generation-snapshot.js';

/** Keys of criteria that passed in an earlier completed generation and fail in the latest. */
export function findRegressions(completed: readonly GenerationSnapshot[]): string[] {
  const latest = completed.at(-1)?.evaluation;
  if (latest == null) return [];
  const passedBefore = new Set(
    completed
      .slice(0, -1)
      .flatMap((snapshot) => snapshot.evaluation?.criteria ?? [])
      .filter((criterion) => criterion.verdict === 'pass')
      .map((criterion) => criterion.criterionKey),
  );
  return latest.criteria
    .filter((criterion) => criterion.verdict === 'fail' && passedBefore.has(criterion.criterionKey))
    .map((criterion) => criterion.criterionKey);
}
