import { err, ok, type Result } from 'neverthrow';
import { invalidInput } from '../errors/constructors.js';
import type { InvalidInputError } from '../errors/ouroboros-error.js';
import type { SeedExecutionRecord, SeedRun } from './seed-execution-record.js';

/**
 * Returns the record updated with one run: runs + 1, passes + 1 when it passed, the running mean
 * of scores, the run as `lastRun`, and its tags merged. A score outside [0, 1] or a negative
 * duration is refused.
 */
export function recordSeedRun(
  record: SeedExecutionRecord,
  run: SeedRun,
): Result<SeedExecutionRecord, InvalidInputError> {
  if (run.score !== null && !(Number.isFinite(run.score) && run.score >= 0 && run.score <= 1)) {
    return err(invalidInput('run.score', `expected a number in [0, 1], got ${String(run.score)}`));
  }
  if (!(Number.isFinite(run.durationMs) && run.durationMs >= 0)) {
    return err(invalidInput('run.durationMs', `expected a duration ≥ 0, got ${String(run.durationMs)}`));
  }
  const scoredRuns = record.scoredRuns + (run.score === null ? 0 : 1);
  const averageScore =
    run.score === null
      ? record.averageScore
      : ((record.averageScore ?? 0) * record.scoredRuns + run.score) / scoredRuns;
  return ok({
    seedId: record.seedId,
    runs: record.runs + 1,
    passes: record.passes + (run.passed ? 1 : 0),
    lastRun: run,
    averageScore,
    scoredRuns,
    tags: [...new Set([...record.tags, ...(run.tags ?? [])])],
  });
}
