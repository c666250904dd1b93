// Builders for convergence and stagnation tests.
import type { EvaluationSummary } from '../src/evaluation/evaluation-result.js';
import type { GenerationSnapshot } from '../src/evolution/generation-snapshot.js';
import { ontology } from './fixtures.js';

export const A = ontology([
  ['Task', 'entity', 'A thing to do'],
  ['Status', 'enum', 'open or done'],
]);
export const B = ontology([
  ['Job', 'entity', 'Work'],
  ['State', 'enum', 'queued or run'],
]);
export const C = ontology([
  ['Item', 'entity', 'An item'],
  ['Flag', 'boolean', 'Marked'],
]);
export const D = ontology([['Zed', 'z', 'z']]);

export function evaluation(
  approved: boolean,
  score: number | null,
  verdicts: Readonly<Record<string, 'pass' | 'fail'>> = {},
): EvaluationSummary {
  return {
    seedId: 'seed_x',
    generation: 1,
    criteria: Object.entries(verdicts).map(([criterionKey, verdict]) => ({
      criterionKey,
      verdict,
      decidedBy: 'semantic',
      stages: [],
      score,
    })),
    approved,
    score,
    unresolved: [],
  };
}

export function snapshots(
  entries: readonly {
    readonly ontology: GenerationSnapshot['ontology'];
    readonly evaluation?: EvaluationSummary | null;
    readonly questions?: readonly string[];
  }[],
): GenerationSnapshot[] {
  return entries.map((entry, i) => ({
    generation: i + 1,
    ontology: entry.ontology,
    evaluation: entry.evaluation === undefined ? evaluation(false, 0.5 + i * 0.1) : entry.evaluation,
    wonderQuestions: entry.questions ?? [],
  }));
}
