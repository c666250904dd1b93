import { z } from 'zod';

/** Every error response: a `code` to match on, a `message` for people, optional `details`. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** A page of a list; pass `nextCursor` back as `cursor` for the next page. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

/** `?limit=&cursor=` on every list. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** An RFC 3339 timestamp as the API sends it. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** Identifiers that appear in paths: generated UUIDs or names without path characters. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected 1–64 letters, digits, "_" or "-"');
