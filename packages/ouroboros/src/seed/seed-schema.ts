import { z } from 'zod';
import { TASK_TYPES, type TaskType } from './seed.js';

const text = z.string().regex(/\S/, 'must not be blank');
const unit = z.number().min(0).max(1);

/** Schema of an acceptance criterion draft (no key) as it arrives from outside. */
export const CriterionDraftSchema = z.strictObject({
  description: text,
  verify: z.array(z.string()).min(1, 'must hold at least the program').optional(),
  expectedArtifacts: z.array(z.string()).max(253),
  outputAssertion: text.optional(),
});

/** Schema of an ontology field. */
export const OntologyFieldSchema = z.strictObject({
  name: text,
  type: text,
  description: z.string(),
  required: z.boolean(),
});

/** Schema of the parts of a seed that make up its content, shared by seeds and drafts. */
const seedContent = {
  goal: text,
  taskType: z.enum(TASK_TYPES as [TaskType, ...TaskType[]]),
  brownfield: z.boolean(),
  constraints: z.array(text),
  ontology: z.strictObject({ name: text, description: text, fields: z.array(OntologyFieldSchema) }),
  evaluationPrinciples: z.array(z.strictObject({ name: text, description: text, weight: unit })),
  exitConditions: z.array(z.strictObject({ name: text, description: text, criteria: text })),
};

/** Schema of a seed draft: a seed's content before id, lineage and keys. */
export const SeedDraftSchema = z.strictObject({
  ...seedContent,
  acceptanceCriteria: z.array(CriterionDraftSchema).min(1, 'a seed needs at least one acceptance criterion'),
});

/**
 * Schema of a stored seed, for seeds that enter from outside (a file, a database row, an event).
 * Structure only; {@link validateSeed} adds the cross-field rules.
 */
export const SeedSchema = z.strictObject({
  ...seedContent,
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be 1–128 of A-Z a-z 0-9 _ -'),
  acceptanceCriteria: z
    .array(CriterionDraftSchema.extend({ key: z.string().regex(/^ac_[a-f0-9]{16}$/, 'must be ac_<16 hex>') }))
    .min(1, 'a seed needs at least one acceptance criterion'),
  generation: z.int().min(1),
  parentId: z.string().min(1).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  gate: z.strictObject({
    ambiguity: unit.nullable(),
    threshold: unit,
    forced: z.boolean(),
    reason: z.string().nullable(),
  }),
});
