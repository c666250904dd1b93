import { z } from 'zod';

/**
 * The JSON Schema the model sees for a tool's zod schema (draft 2020-12, input side so fields with
 * defaults are optional), without the `$schema` key some providers reject.
 */
export function toolJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}
