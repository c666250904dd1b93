import { z } from 'zod';

/**
 * Config field schemas whose every failure reads `expected <what>, got <value>`, so a user sees
 * e.g. `scheduler.max_concurrent: expected integer ≥ 1, got "five"`.
 */

/** Renders a value as a user would have typed it in TOML. */
export function renderInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'an array';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return input === null ? 'null' : 'a table';
}

function expected(description: string) {
  return { error: (issue: { input?: unknown }) => `expected ${description}, got ${renderInput(issue.input)}` };
}

function rangeDescription(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `integer ${min}–${max}`;
  if (min !== undefined) return `integer ≥ ${min}`;
  if (max !== undefined) return `integer ≤ ${max}`;
  return 'integer';
}

/** An integer field with optional inclusive bounds. */
export function integerField(options: { min?: number; max?: number } = {}) {
  const message = expected(rangeDescription(options.min, options.max));
  let schema = z.number(message).int(message);
  if (options.min !== undefined) schema = schema.min(options.min, message);
  if (options.max !== undefined) schema = schema.max(options.max, message);
  return schema;
}

/** A non-empty string field; `pattern` adds a shape check described by `description`. */
export function stringField(options: { pattern?: RegExp; description?: string } = {}) {
  const message = expected(options.description ?? 'non-empty string');
  let schema = z.string(message).min(1, message);
  if (options.pattern) schema = schema.regex(options.pattern, message);
  return schema;
}

/** One of a fixed set of strings. */
export function enumField<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, expected(`one of ${values.map((value) => JSON.stringify(value)).join(', ')}`));
}

/** A boolean field. */
export function booleanField() {
  return z.boolean(expected('true or false'));
}

/** An array of non-empty strings. */
export function stringListField(description = 'array of strings') {
  return z.array(stringField(), expected(description));
}

/** A TOML table with a fixed set of keys; unknown keys are errors. */
export function tableField<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? `expected a table, got ${renderInput(issue.input)}` : undefined),
  });
}

/** A number (not necessarily an integer) within inclusive bounds. */
export function numberField(options: { min: number; max: number }) {
  const message = expected(`number ${options.min}–${options.max}`);
  return z.number(message).min(options.min, message).max(options.max, message);
}
