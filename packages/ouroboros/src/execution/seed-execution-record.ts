/** One run of a seed: an execution and its evaluation. */
export interface SeedRun {
  /** ISO 8601 timestamp of the run's end. */
  readonly at: string;
  /** True when the evaluation approved the run. */
  readonly passed: boolean;
  /** The evaluation score in [0, 1], or null when there was none. */
  readonly score: number | null;
  readonly durationMs: number;
  /** Labels for the run (model, host, …), merged into the record's tags. */
  readonly tags?: readonly string[];
}

/** What a host stores per seed about its runs. */
export interface SeedExecutionRecord {
  readonly seedId: string;
  readonly runs: number;
  readonly passes: number;
  readonly lastRun: SeedRun | null;
  /** Mean score over the runs that had one, or null when none had. */
  readonly averageScore: number | null;
  /** How many runs had a score (the weight of `averageScore`). */
  readonly scoredRuns: number;
  /** Every tag seen, in first-seen order, without duplicates. */
  readonly tags: readonly string[];
}

/** An execution record with no runs yet. */
export function createExecutionRecord(seedId: string, tags: readonly string[] = []): SeedExecutionRecord {
  return { seedId, runs: 0, passes: 0, lastRun: null, averageScore: null, scoredRuns: 0, tags: [...new Set(tags)] };
}
