import type { LineageNode } from '../../seeds/lineage-layout.js';
import type { SessionRun } from './session-run.js';

/** The session's lineage as graph nodes: each seed with its evaluation's score and outcome. */
export function lineageNodes(run: SessionRun): LineageNode[] {
  return run.seeds.map((seed) => {
    const evaluation = run.evaluations[seed.id];
    const execution = run.executions[seed.id];
    return {
      seedId: seed.id,
      generation: seed.generation,
      score: evaluation?.score ?? null,
      outcome:
        evaluation !== undefined
          ? evaluation.approved
            ? 'passed'
            : 'failed'
          : execution !== undefined
            ? 'running'
            : 'pending',
    };
  });
}
