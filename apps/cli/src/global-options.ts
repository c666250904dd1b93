import { z } from 'zod';
import { EXIT } from './exit-codes.js';
import { cliError, type CliError } from './errors/cli-error.js';
import { err, ok, type Result } from 'neverthrow';

/** Options every command accepts (defined on the root command). */
export const GlobalOptionsSchema = z.object({
  server: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  verbose: z.boolean().optional(),
});

/** The parsed global options. */
export type GlobalOptions = z.infer<typeof GlobalOptionsSchema>;

/** Validates raw option values from commander (CLI arguments are an edge). */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
): Result<z.infer<Schema>, CliError> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return err(
    cliError('invalid-argument', `${where}${issue?.message ?? 'invalid input'}`, EXIT.usage, {
      hint: 'see --help for the accepted values',
      details: { issues: parsed.error.issues.map((each) => ({ path: each.path.map(String), message: each.message })) },
    }),
  );
}
