import type { LineageGeneration } from '@oxios/sdk-client';
import type { LineageNode } from './lineage-layout.js';

/** The server's lineage as graph nodes: each generation with its latest evaluation's score and outcome. */
export function lineageFromApi(generations: readonly LineageGeneration[]): LineageNode[] {
  return generations.map((generation) => ({
    seedId: generation.seed.id,
    generation: generation.seed.generation,
    score: generation.evaluation?.score ?? null,
    outcome: generation.evaluation === null ? 'pending' : generation.evaluation.approved ? 'passed' : 'failed',
  }));
}
