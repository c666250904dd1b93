import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import type { Ontology } from '../seed/seed.js';

/** What convergence and stagnation look at for one generation. */
export interface GenerationSnapshot {
  readonly generation: number;
  readonly ontology: Ontology;
  /** Null while the generation has not been evaluated (not completed). */
  readonly evaluation: EvaluationSummary | null;
  /** The Wonder questions that led to this generation (none for generation 1). */
  readonly wonderQuestions: readonly string[];
}
