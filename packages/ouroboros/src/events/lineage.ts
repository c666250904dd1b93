import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import type { ConvergenceSignal } from '../evolution/evaluate-convergence.js';
import type { Seed } from '../seed/seed.js';

/** One generation of a lineage, as rebuilt from events. */
export interface GenerationRecord {
  readonly generation: number;
  readonly seed: Seed;
  /** The parent seed's id; null for generation 1. */
  readonly parentId: string | null;
  readonly wonderQuestions: readonly string[];
  /** The latest execution of this generation's seed, or null. */
  readonly execution: { readonly status: 'completed' | 'failed' | 'blocked'; readonly durationMs: number } | null;
  /** The latest evaluation of this generation's seed, or null. */
  readonly evaluation: EvaluationSummary | null;
}

/** Where a lineage stands. `stagnated` is resumable; `converged` and `exhausted` are final. */
export type LineageStatus = 'active' | 'converged' | 'stagnated' | 'exhausted';

/** The chain of seeds from the interview's seed through every evolved generation. */
export interface Lineage {
  readonly rootSeedId: string | null;
  /** Generation 1 first; each record's `parentId` is the previous record's seed id. */
  readonly generations: readonly GenerationRecord[];
  readonly status: LineageStatus;
  /** The signal that set the status, or null while active. */
  readonly signal: ConvergenceSignal | null;
}

/** The lineage before any seed. */
export const EMPTY_LINEAGE: Lineage = Object.freeze({
  rootSeedId: null,
  generations: Object.freeze([]),
  status: 'active',
  signal: null,
});
