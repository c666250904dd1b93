import { z } from 'zod';
import { GlobalOptionsSchema } from '../global-options.js';

/** `--limit <n>`: 1–500. */
export const LimitSchema = z.coerce
  .number({ error: 'expected a whole number' })
  .int({ error: 'expected a whole number' })
  .min(1, { error: 'expected at least 1' })
  .max(500, { error: 'expected at most 500' });

/** Options of every command that prints data: the global ones and `--json`. */
export const OutputOptionsSchema = GlobalOptionsSchema.extend({ json: z.boolean().optional() });

/** Options of list commands: output options plus paging. */
export const ListOptionsSchema = OutputOptionsSchema.extend({
  limit: LimitSchema.optional(),
  cursor: z.string().min(1).max(512).optional(),
});

/** Drops keys whose value is undefined (exactOptionalPropertyTypes-friendly option bags). */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
