import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { formatIssues } from '../config/format-issues.js';
import { contentInvalid } from '../errors/constructors.js';
import type { ContentInvalidError } from '../errors/kernel-error.js';

/**
 * Validates data from a user-edited file (program.toml, frontmatter) against `schema`; failures
 * become one `content-invalid` error listing every issue by key path.
 */
export function validateContent<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  source: string,
): Result<z.infer<Schema>, ContentInvalidError> {
  const parsed = schema.safeParse(raw, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(contentInvalid(source, formatIssues(schema, parsed.error.issues)));
}
