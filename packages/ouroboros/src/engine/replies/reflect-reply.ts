import { z } from 'zod';
import { OntologyFieldSchema } from '../../seed/seed-schema.js';
import { CriterionReplySchema } from './criterion-reply.js';

/** The Reflect step's reply; flat objects with nullable fields so any tool-call dialect accepts it. */
export const ReflectReplySchema = z.strictObject({
  patches: z.array(
    z.strictObject({
      action: z.enum(['keep', 'revise', 'add']),
      key: z.string().nullable().describe('The criterion key for keep and revise; null for add.'),
      criterion: CriterionReplySchema.nullable().describe('The full new criterion for revise and add; null for keep.'),
    }),
  ),
  mutations: z.array(
    z.strictObject({
      action: z.enum(['add', 'modify', 'remove']),
      name: z.string(),
      field: OntologyFieldSchema.nullable().describe('The whole field for add and modify; null for remove.'),
      reason: z.string(),
    }),
  ),
  reasoning: z.string(),
});
