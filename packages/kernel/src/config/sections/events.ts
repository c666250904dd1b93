import { type z } from 'zod';
import { integerField, tableField } from '../fields.js';

/** `[events]` — the kernel event bus. */
export const EventsSectionSchema = tableField({
  /** Events buffered per subscriber before the oldest are dropped. */
  subscriber_buffer: integerField({ min: 1, max: 1_000_000 }).default(1024),
  /** Recent events kept for subscribers that resume from an event id. */
  history: integerField({ min: 0, max: 1_000_000 }).default(1024),
}).prefault({});

export type EventsSection = z.infer<typeof EventsSectionSchema>;
