import type { GateRecord } from '../gate/check-seed-gate.js';

/** What kind of work a seed asks for. */
export type TaskType = 'code' | 'research' | 'analysis' | 'artifact' | 'document' | 'documentation' | 'presentation';

/** Every task type. */
export const TASK_TYPES: readonly TaskType[] = Object.freeze([
  'code',
  'research',
  'analysis',
  'artifact',
  'document',
  'documentation',
  'presentation',
]);

/**
 * One acceptance criterion: an observable outcome, optionally with a success contract checked
 * mechanically — `verify` exits 0, every expected artifact exists, and `outputAssertion` appears in
 * the command's combined output.
 */
export interface AcceptanceCriterion {
  /** `ac_<16 hex>`: SHA-256 of the content, so a revised criterion gets a new key. */
  readonly key: string;
  /** The observable outcome, never an implementation step. */
  readonly description: string;
  /** The verification command as an argv array (`['npm', 'test']`), never a shell string. */
  readonly verify?: readonly string[];
  /** Workspace-relative paths that must exist afterwards (no `..`, no absolute paths, no `\`). */
  readonly expectedArtifacts: readonly string[];
  /** Literal text that must appear in `verify`'s combined stdout+stderr; needs `verify`. */
  readonly outputAssertion?: string;
}

/** An acceptance criterion before its key is derived. */
export type CriterionDraft = Omit<AcceptanceCriterion, 'key'>;

/** One concept of the ontology: a conceptual lens, not a mandatory output shape. */
export interface OntologyField {
  readonly name: string;
  /** Descriptive type: string, number, entity, action, relation, … */
  readonly type: string;
  readonly description: string;
  readonly required: boolean;
}

/** The seed's vocabulary of concepts; evolution may change it, and convergence is measured on it. */
export interface Ontology {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly OntologyField[];
}

/** A principle the evaluators weigh, with a weight in [0, 1]. */
export interface EvaluationPrinciple {
  readonly name: string;
  readonly description: string;
  readonly weight: number;
}

/** A condition under which the work is finished. */
export interface ExitCondition {
  readonly name: string;
  readonly description: string;
  readonly criteria: string;
}

/**
 * The immutable spec of one generation. Deep-frozen once created; evolution never edits a seed,
 * it creates a successor whose `parentId` points here.
 */
export interface Seed {
  /** `seed_<12 hex>` by default. */
  readonly id: string;
  readonly goal: string;
  readonly taskType: TaskType;
  /** Work on an existing project. */
  readonly brownfield: boolean;
  /** Hard, non-negotiable constraints. */
  readonly constraints: readonly string[];
  readonly acceptanceCriteria: readonly AcceptanceCriterion[];
  readonly ontology: Ontology;
  readonly evaluationPrinciples: readonly EvaluationPrinciple[];
  readonly exitConditions: readonly ExitCondition[];
  /** 1 for the interview's seed, parent + 1 for each evolved one. */
  readonly generation: number;
  /** The seed this one evolved from; null for generation 1. */
  readonly parentId: string | null;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** How the interview → seed gate was passed (inherited by evolved seeds). */
  readonly gate: GateRecord;
}

/** The content of a seed before identity, lineage and keys are assigned. */
export interface SeedDraft {
  readonly goal: string;
  readonly taskType: TaskType;
  readonly brownfield: boolean;
  readonly constraints: readonly string[];
  readonly acceptanceCriteria: readonly CriterionDraft[];
  readonly ontology: Ontology;
  readonly evaluationPrinciples: readonly EvaluationPrinciple[];
  readonly exitConditions: readonly ExitCondition[];
}
