import type { z } from 'zod';
import { integerField, tableField } from '../fields.js';

/** `[memory]` — long-term notes: how long each kind is kept and how large a note may be. */
export const MemorySectionSchema = tableField({
  /** Days a fact is kept after its last update; 0 keeps it forever. */
  fact_retention_days: integerField({ min: 0, max: 36_500 }).default(0),
  /** Days a knowledge note is kept after its last update; 0 keeps it forever. */
  knowledge_retention_days: integerField({ min: 0, max: 36_500 }).default(0),
  /** Days an episode (what happened in a session) is kept after its last update; 0 keeps it forever. */
  episode_retention_days: integerField({ min: 0, max: 36_500 }).default(90),
  /** Largest note body, in bytes. */
  max_note_bytes: integerField({ min: 256, max: 10_485_760 }).default(65_536),
  /** Results a search returns when it asks for no limit. */
  search_limit: integerField({ min: 1, max: 100 }).default(10),
}).prefault({});

/** The validated `[memory]` section. */
export type MemorySection = z.infer<typeof MemorySectionSchema>;
