import { err, type Result } from 'neverthrow';
import { invalidInput } from '../errors/constructors.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import { DEFAULT_PROTOCOL_CONFIG } from '../protocol/protocol-config.js';
import { createSeed } from '../seed/create-seed.js';
import type { CriterionDraft, Seed } from '../seed/seed.js';
import { applyOntologyMutations } from './apply-ontology-mutations.js';
import { checkGenerationCap } from './check-generation-cap.js';
import type { CriterionPatch, DerivedSeed, ReflectOutput } from './evolution-types.js';

/** Identity of the successor and the cap it must respect. */
export interface DeriveOptions {
  readonly id: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** Default 30, the evolution loop's cap. */
  readonly maxGenerations?: number;
}

function withoutKey({ key: _key, ...draft }: Seed['acceptanceCriteria'][number]): CriterionDraft {
  return draft;
}

/**
 * Derives the next generation's seed from the parent, its evaluation and Reflect's output.
 * Criteria that passed are frozen and carried over unchanged (a `revise` on them is ignored and
 * reported); failed ones are kept or revised; `add`s go last. Goal, constraints, task type,
 * principles, exit conditions and the gate record are inherited — direction never drifts.
 */
export function deriveNextSeed(
  parent: Seed,
  evaluation: EvaluationSummary,
  reflect: ReflectOutput,
  options: DeriveOptions,
): Result<DerivedSeed, OuroborosError> {
  if (evaluation.seedId !== parent.id) {
    return err(invalidInput('evaluation.seedId', `evaluates ${evaluation.seedId}, not ${parent.id}`));
  }
  const generation = parent.generation + 1;
  const patches = new Map<string, Exclude<CriterionPatch, { action: 'add' }>>();
  for (const patch of reflect.patches) {
    if (patch.action === 'add') continue;
    if (!parent.acceptanceCriteria.some((criterion) => criterion.key === patch.key)) {
      return err(invalidInput('reflect.patches', `no criterion ${patch.key} in seed ${parent.id}`));
    }
    if (patches.has(patch.key)) return err(invalidInput('reflect.patches', `more than one patch for ${patch.key}`));
    patches.set(patch.key, patch);
  }
  const passed = new Set(evaluation.criteria.filter((c) => c.verdict === 'pass').map((c) => c.criterionKey));
  const frozen: string[] = [];
  const overridden: string[] = [];
  const criteria = parent.acceptanceCriteria.map((criterion): CriterionDraft => {
    const patch = patches.get(criterion.key);
    if (passed.has(criterion.key)) {
      frozen.push(criterion.key);
      if (patch?.action === 'revise') overridden.push(criterion.key);
      return withoutKey(criterion);
    }
    return patch?.action === 'revise' ? patch.criterion : withoutKey(criterion);
  });
  const added = reflect.patches.flatMap((patch) => (patch.action === 'add' ? [patch.criterion] : []));
  return checkGenerationCap(generation, options.maxGenerations ?? DEFAULT_PROTOCOL_CONFIG.evolution.maxGenerations)
    .andThen(() => applyOntologyMutations(parent.ontology, reflect.mutations))
    .andThen((ontology) =>
      createSeed(
        { ...parent, acceptanceCriteria: [...criteria, ...added], ontology },
        { id: options.id, createdAt: options.createdAt, generation, parentId: parent.id, gate: parent.gate },
      ),
    )
    .map((seed) => ({ seed, frozen, overridden }));
}
