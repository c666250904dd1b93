import type { GenerationSnapshot } from '../evolution/generation-snapshot.js';
import type { Lineage } from './lineage.js';

/** The lineage's generations as convergence snapshots, ready for `evaluateConvergence`. */
export function lineageSnapshots(lineage: Lineage): GenerationSnapshot[] {
  return lineage.generations.map((record) => ({
    generation: record.generation,
    ontology: record.seed.ontology,
    evaluation: record.evaluation,
    wonderQuestions: record.wonderQuestions,
  }));
}
