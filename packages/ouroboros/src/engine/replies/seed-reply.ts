import { z } from 'zod';
import { OntologyFieldSchema } from '../../seed/seed-schema.js';
import { TASK_TYPES, type TaskType } from '../../seed/seed.js';
import { CriterionReplySchema } from './criterion-reply.js';

/** The seed architect's reply: the content of a seed. */
export const SeedReplySchema = z.strictObject({
  goal: z.string(),
  taskType: z.enum(TASK_TYPES as [TaskType, ...TaskType[]]),
  constraints: z.array(z.string()),
  acceptanceCriteria: z.array(CriterionReplySchema),
  ontology: z.strictObject({ name: z.string(), description: z.string(), fields: z.array(OntologyFieldSchema) }),
  evaluationPrinciples: z.array(
    z.strictObject({ name: z.string(), description: z.string(), weight: z.number().min(0).max(1) }),
  ),
  exitConditions: z.array(z.strictObject({ name: z.string(), description: z.string(), criteria: z.string() })),
});
