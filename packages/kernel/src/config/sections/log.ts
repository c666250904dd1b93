import { type z } from 'zod';
import { enumField, tableField } from '../fields.js';

/** Log levels, most to least severe. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `[log]` — logging. */
export const LogSectionSchema = tableField({
  level: enumField(LOG_LEVELS).default('info'),
}).prefault({});

export type LogSection = z.infer<typeof LogSectionSchema>;
