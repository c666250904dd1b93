import type { Dimension } from '../protocol/protocol-config.js';

/** Clarity per dimension, each in [0, 1] (1 = perfectly clear). `context` only for brownfield. */
export interface ClarityScores {
  readonly goal: number;
  readonly constraints: number;
  readonly successCriteria: number;
  /** Clarity of the existing project's context; brownfield only. Absent counts as 0. */
  readonly context?: number;
}

/** How far the interview has come, from the overall ambiguity. */
export type Milestone = 'initial' | 'progress' | 'refined' | 'ready';

/** The result of scoring an interview: `overall = round(1 − Σ clarity·weight, 4)`. */
export interface AmbiguityScore {
  /** Ambiguity in [0, 1], rounded to 4 decimals; lower is clearer. */
  readonly overall: number;
  /** True when scored with brownfield weights (existing project, four dimensions). */
  readonly brownfield: boolean;
  /** The clarity values used, clamped to [0, 1]. */
  readonly clarity: ClarityScores;
  /** The judge's reason per dimension, when given. */
  readonly justifications: Readonly<Partial<Record<Dimension, string>>>;
  readonly milestone: Milestone;
  /** Dimensions below their auto-completion floor, in dimension order. */
  readonly floorFailures: readonly Dimension[];
  /** `overall ≤ threshold` (inclusive): the seed gate would open. */
  readonly readyForSeed: boolean;
  /** Ready for seed and no floor failures: counts towards the auto-completion streak. */
  readonly qualifies: boolean;
}
