import type { Result } from 'neverthrow';
import type { InvalidSeedError } from '../errors/ouroboros-error.js';
import type { GateRecord } from '../gate/check-seed-gate.js';
import { criterionKey } from './criterion-key.js';
import type { Seed, SeedDraft } from './seed.js';
import { validateSeed } from './validate-seed.js';

/** Identity and lineage of a seed being created. */
export interface SeedIdentity {
  readonly id: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  readonly generation: number;
  readonly parentId: string | null;
  readonly gate: GateRecord;
}

/**
 * Creates a seed from a draft: derives every criterion's key, validates everything
 * ({@link validateSeed}) and returns a deep-frozen seed. The draft itself is not touched.
 */
export function createSeed(draft: SeedDraft, identity: SeedIdentity): Result<Seed, InvalidSeedError> {
  return validateSeed({
    id: identity.id,
    goal: draft.goal,
    taskType: draft.taskType,
    brownfield: draft.brownfield,
    constraints: draft.constraints,
    acceptanceCriteria: draft.acceptanceCriteria.map((criterion) => ({ key: criterionKey(criterion), ...criterion })),
    ontology: draft.ontology,
    evaluationPrinciples: draft.evaluationPrinciples,
    exitConditions: draft.exitConditions,
    generation: identity.generation,
    parentId: identity.parentId,
    createdAt: identity.createdAt,
    gate: identity.gate,
  });
}
