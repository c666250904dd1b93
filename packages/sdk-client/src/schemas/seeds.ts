import { z } from 'zod';
import { IdSchema, TimestampSchema, pageSchema } from './common.js';
import { SeedIdSchema } from './names.js';

/** One acceptance criterion of a seed. */
export const AcceptanceCriterionSchema = z.object({
  key: z.string(),
  description: z.string(),
  /** The verification command as an argv array. */
  verify: z.array(z.string()).optional(),
  expectedArtifacts: z.array(z.string()),
  outputAssertion: z.string().optional(),
});

/** The immutable spec of one generation (the Ouroboros seed). */
export const SeedSchema = z.object({
  id: z.string(),
  goal: z.string(),
  taskType: z.string(),
  brownfield: z.boolean(),
  constraints: z.array(z.string()),
  acceptanceCriteria: z.array(AcceptanceCriterionSchema),
  ontology: z.object({
    name: z.string(),
    description: z.string(),
    fields: z.array(z.object({ name: z.string(), type: z.string(), description: z.string(), required: z.boolean() })),
  }),
  evaluationPrinciples: z.array(z.object({ name: z.string(), description: z.string(), weight: z.number() })),
  exitConditions: z.array(z.object({ name: z.string(), description: z.string(), criteria: z.string() })),
  generation: z.number().int(),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  gate: z.object({
    ambiguity: z.number().nullable(),
    threshold: z.number(),
    forced: z.boolean(),
    reason: z.string().nullable(),
  }),
});
export type Seed = z.infer<typeof SeedSchema>;

/** How a seed's runs went. */
export const SeedExecutionSchema = z.object({
  runs: z.number().int(),
  passes: z.number().int(),
  lastRun: z
    .object({ at: z.string(), passed: z.boolean(), score: z.number().nullable(), durationMs: z.number() })
    .nullable(),
  averageScore: z.number().nullable(),
  scoredRuns: z.number().int(),
  tags: z.array(z.string()),
});
export type SeedExecution = z.infer<typeof SeedExecutionSchema>;

/** A stored seed: the spec, its session, whether its gate was forced, and its execution record. */
export const SeedRecordSchema = z.object({
  seed: SeedSchema,
  sessionId: z.string().nullable(),
  forced: z.boolean(),
  execution: SeedExecutionSchema,
});
export type SeedRecord = z.infer<typeof SeedRecordSchema>;

export const SeedListSchema = pageSchema(SeedRecordSchema);
export type SeedList = z.infer<typeof SeedListSchema>;

/** `GET /api/seeds` filters. */
export const SeedListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  sessionId: IdSchema.optional(),
});
export type SeedListQuery = z.infer<typeof SeedListQuerySchema>;

/** Path parameter `:id` of a seed. */
export const SeedParamsSchema = z.strictObject({ id: SeedIdSchema });

/** The verdict on one criterion. `stages` holds each evaluation stage's result as recorded. */
export const CriterionEvaluationSchema = z.object({
  criterionKey: z.string(),
  verdict: z.enum(['pass', 'fail', 'unresolved']),
  decidedBy: z.string().nullable(),
  score: z.number().nullable(),
  stages: z.array(z.record(z.string(), z.unknown())),
});

/** The evaluation of a whole seed run. */
export const EvaluationSummarySchema = z.object({
  seedId: z.string(),
  generation: z.number().int(),
  criteria: z.array(CriterionEvaluationSchema),
  approved: z.boolean(),
  score: z.number().nullable(),
  unresolved: z.array(z.string()),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

/** A stored evaluation of one run of a seed. */
export const EvaluationSchema = z.object({
  id: z.string(),
  seedId: z.string(),
  sessionId: z.string().nullable(),
  approved: z.boolean(),
  score: z.number().nullable(),
  summary: EvaluationSummarySchema,
  createdAt: TimestampSchema,
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** `GET /api/seeds/:id/evaluations`, oldest first. */
export const EvaluationListSchema = z.object({ items: z.array(EvaluationSchema) });
export type EvaluationList = z.infer<typeof EvaluationListSchema>;

/** One generation of a lineage: the seed record and its latest evaluation (null before any). */
export const LineageGenerationSchema = SeedRecordSchema.extend({ evaluation: EvaluationSchema.nullable() });
export type LineageGeneration = z.infer<typeof LineageGenerationSchema>;

/** `GET /api/seeds/:id/lineage`: every generation of the lineage, generation 1 first. */
export const LineageSchema = z.object({ items: z.array(LineageGenerationSchema) });
export type Lineage = z.infer<typeof LineageSchema>;
