import type { z } from 'zod';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import type { ExitCode } from '../exit-codes.js';
import { parseOptions } from '../global-options.js';

/** Validates raw options against `schema` (exit 2 with the first problem), then runs `handler`. */
export async function withOptions<Schema extends z.ZodType>(
  context: CommandContext,
  schema: Schema,
  raw: unknown,
  handler: (options: z.infer<Schema>) => Promise<ExitCode>,
): Promise<ExitCode> {
  const parsed = parseOptions(schema, raw);
  if (parsed.isErr()) {
    const verbose = typeof raw === 'object' && raw !== null && 'verbose' in raw && raw.verbose === true;
    printCliError(context.output, parsed.error, verbose);
    return parsed.error.exitCode;
  }
  return handler(parsed.value);
}
