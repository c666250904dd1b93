import type { z } from 'zod';
import { integerField, numberField, tableField } from '../fields.js';

/** `[context]` — the 3-tier context manager. */
export const ContextSectionSchema = tableField({
  /** Tokens kept in the active tier across sessions before the least recently used are demoted. */
  active_limit_tokens: integerField({ min: 1_000, max: 10_000_000 }).default(100_000),
  /** Entries kept in the cache tier before the least recently used are archived (compressed, in the store). */
  cache_limit_entries: integerField({ min: 1, max: 1_000_000 }).default(50),
  /** Fraction of a model's context window at which a transcript is compacted. */
  compaction_threshold: numberField({ min: 0.1, max: 1 }).default(0.8),
}).prefault({});

export type ContextSection = z.infer<typeof ContextSectionSchema>;
