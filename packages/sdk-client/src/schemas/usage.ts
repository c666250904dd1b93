import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';

/** Token and cost totals. `totalTokens` counts input, output and cache tokens. */
export const UsageTotalsSchema = z.object({
  requests: z.number().int(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  cacheWriteTokens: z.number(),
  totalTokens: z.number(),
  costUsd: z.number(),
});

/** `GET /api/usage`: totals, and totals per model (most expensive first). */
export const UsageSchema = z.object({
  totals: UsageTotalsSchema,
  byModel: z.array(UsageTotalsSchema.extend({ provider: z.string(), model: z.string() })),
});
export type Usage = z.infer<typeof UsageSchema>;

/** `GET /api/usage` filters: one session, records since a time. Users see their own sessions only. */
export const UsageQuerySchema = z.strictObject({
  sessionId: IdSchema.optional(),
  since: TimestampSchema.optional(),
});
export type UsageQuery = z.infer<typeof UsageQuerySchema>;
