import { z } from 'zod';
import { integerField, renderInput, tableField } from '../fields.js';

/** A provider name as it appears in `[scheduler.rate_limits.<provider>]`. */
const PROVIDER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** `[scheduler.rate_limits.<provider>]` — token buckets refilled per minute; an absent key means no limit. */
export const RateLimitSchema = tableField({
  /** Requests started per minute (bucket capacity; refilled continuously). */
  requests_per_minute: integerField({ min: 1, max: 1_000_000 }).optional(),
  /** Estimated LLM tokens per minute, debited by each task's `estimatedTokens`. */
  tokens_per_minute: integerField({ min: 1, max: 1_000_000_000 }).optional(),
});

/** `[scheduler]` — task admission: priorities, concurrency, rate limits, timeouts. */
export const SchedulerSectionSchema = tableField({
  /** Tasks running at once. */
  max_concurrent: integerField({ min: 1, max: 10_000 }).default(5),
  /** Tasks waiting at once; a submit beyond it is refused with `overloaded`. */
  queue_limit: integerField({ min: 1, max: 10_000_000 }).default(10_000),
  /** Time a task may run before its AbortSignal is aborted, unless the task sets its own. */
  default_task_timeout_secs: integerField({ min: 1, max: 604_800 }).default(300),
  /** Waiting this long raises a task by one priority level, so low-priority tasks never starve. */
  aging_interval_ms: integerField({ min: 1, max: 86_400_000 }).default(60_000),
  /** Per-provider limits, e.g. `[scheduler.rate_limits.anthropic]`. */
  rate_limits: z
    .record(z.string().regex(PROVIDER_NAME), RateLimitSchema, {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `expected a provider name (lowercase letters, digits, ".", "_", "-"), got ${renderInput(issue.input)}`
          : `expected a table of providers, got ${renderInput(issue.input)}`,
    })
    .default({}),
}).prefault({});

/** The validated `[scheduler]` section. */
export type SchedulerSection = z.infer<typeof SchedulerSectionSchema>;

/** The validated `[scheduler.rate_limits.<provider>]` table. */
export type RateLimitSection = z.infer<typeof RateLimitSchema>;
