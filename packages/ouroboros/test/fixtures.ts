// Builders for tests: small, valid protocol values.
import { createSeed } from '../src/seed/create-seed.js';
import type { CriterionEvaluation, EvaluationSummary } from '../src/evaluation/evaluation-result.js';
import type { GateRecord } from '../src/gate/check-seed-gate.js';
import type { Ontology, Seed, SeedDraft } from '../src/seed/seed.js';

export const OPEN_GATE: GateRecord = { ambiguity: 0.15, threshold: 0.2, forced: false, reason: null };

export function ontology(fields: readonly (readonly [string, string, string])[], name = 'Tasks'): Ontology {
  return {
    name,
    description: 'A to-do list',
    fields: fields.map(([fieldName, type, description]) => ({ name: fieldName, type, description, required: true })),
  };
}

export const TASK_ONTOLOGY = ontology([
  ['Task', 'entity', 'A thing to do'],
  ['Priority', 'enum', 'How urgent a task is'],
  ['Status', 'enum', 'open or done'],
]);

export function draft(overrides: Partial<SeedDraft> = {}): SeedDraft {
  return {
    goal: 'A command-line to-do list that stores tasks in a JSON file',
    taskType: 'code',
    brownfield: false,
    constraints: ['Node.js 22 or later', 'no network access'],
    acceptanceCriteria: [
      {
        description: 'Adding a task prints its id',
        verify: ['node', 'todo.js', 'add', 'buy milk'],
        expectedArtifacts: ['todo.js'],
        outputAssertion: 'added #1',
      },
      { description: 'Tasks survive a restart', verify: ['npm', 'test'], expectedArtifacts: [] },
      { description: 'The help text explains every command', expectedArtifacts: [] },
    ],
    ontology: TASK_ONTOLOGY,
    evaluationPrinciples: [{ name: 'simplicity', description: 'Prefer the smallest design', weight: 0.5 }],
    exitConditions: [
      { name: 'all-pass', description: 'Every criterion passes', criteria: 'all acceptance criteria pass' },
    ],
    ...overrides,
  };
}

export function seed(overrides: Partial<SeedDraft> = {}, id = 'seed_000000000001'): Seed {
  return createSeed(draft(overrides), {
    id,
    createdAt: '2026-01-02T03:04:05.000Z',
    generation: 1,
    parentId: null,
    gate: OPEN_GATE,
  })._unsafeUnwrap();
}

export function criterionResult(
  criterionKey: string,
  verdict: 'pass' | 'fail',
  score: number | null = null,
): CriterionEvaluation {
  return { criterionKey, verdict, decidedBy: 'semantic', stages: [], score };
}

/** A summary where every criterion of `subject` gets `verdict` unless listed in `verdicts`. */
export function summary(
  subject: Seed,
  verdicts: Readonly<Record<string, 'pass' | 'fail'>> = {},
  score = 0.9,
  fallback: 'pass' | 'fail' = 'pass',
): EvaluationSummary {
  const criteria = subject.acceptanceCriteria.map((criterion) =>
    criterionResult(criterion.key, verdicts[criterion.key] ?? fallback, score),
  );
  return {
    seedId: subject.id,
    generation: subject.generation,
    criteria,
    approved: criteria.every((criterion) => criterion.verdict === 'pass'),
    score,
    unresolved: [],
  };
}
