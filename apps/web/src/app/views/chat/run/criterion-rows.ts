import type { CriterionOutcome } from '@oxios/sdk-client';
import type { EvaluationSummary, SeedSummary } from './run-event-schemas.js';

/** One acceptance criterion as the evaluation panel shows it. */
export interface CriterionRow {
  readonly key: string;
  readonly description: string;
  /** The verify command (argv), or null when the criterion has none. */
  readonly verify: readonly string[] | null;
  readonly verdict: 'pass' | 'fail' | 'unresolved' | 'pending';
  readonly score: number | null;
  readonly decidedBy: string | null;
  /** Its verify command could not run: never counted as passed. */
  readonly unverified: boolean;
  readonly failures: readonly string[];
  /** The verify command's output, when the reply carried it. */
  readonly output: string | null;
}

/**
 * The seed's criteria, in seed order, with the evaluation's verdicts and — from the reply to the
 * message that ran it — each verify command's output and failures. Verdicts and outcomes are
 * matched by criterion key, else by position (both lists are in seed order; the live stream
 * redacts a field named `key`, so a seed read from it may not carry its criteria's keys).
 */
export function criterionRows(
  seed: SeedSummary,
  summary: EvaluationSummary | undefined,
  outcomes: readonly CriterionOutcome[] | undefined,
): CriterionRow[] {
  return seed.acceptanceCriteria.map((criterion, index) => {
    const verdict = summary?.criteria.find((entry) => entry.criterionKey === criterion.key) ?? summary?.criteria[index];
    const outcome = outcomes?.find((entry) => entry.key === criterion.key) ?? outcomes?.[index];
    return {
      key: verdict?.criterionKey ?? outcome?.key ?? criterion.key,
      description: criterion.description,
      verify: criterion.verify ?? null,
      verdict: verdict?.verdict ?? outcome?.verdict ?? 'pending',
      score: verdict?.score ?? outcome?.score ?? null,
      decidedBy: verdict?.decidedBy ?? null,
      unverified: outcome?.unverified ?? false,
      failures: outcome?.failures ?? [],
      output: outcome?.output ?? null,
    };
  });
}
