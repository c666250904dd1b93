import { z } from 'zod';

/** Any value JSON can carry: the type of structured reply payloads. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Validates a {@link JsonValue} (finite numbers only, no `undefined`, no functions). */
export const JsonValueSchema: z.ZodType<JsonValue> = z.json();
