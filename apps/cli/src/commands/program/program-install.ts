import { z } from 'zod';
import type { CommandContext } from '../../context.js';
import { printCliError } from '../../errors/print-cli-error.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { describeSource } from './program-columns.js';
import { parseProgramSource } from './parse-program-source.js';

const ProgramInstallOptionsSchema = OutputOptionsSchema.extend({
  source: z.string().min(1).max(4096),
  ref: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, { error: 'expected a branch or tag name' })
    .optional(),
});

/**
 * `oxios program install <path|git-url|tarball>` — fetched, checked and moved into place
 * atomically (a spinner on a terminal while it works). JSON: the installed `Program`.
 */
export function programInstall(
  context: CommandContext,
  source: string,
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  return withOptions(context, ProgramInstallOptionsSchema, { ...raw, source }, (options) => {
    const parsed = parseProgramSource(options.source, options.ref, process.cwd());
    if (parsed.isErr()) {
      printCliError(context.output, parsed.error, options.verbose === true);
      return Promise.resolve(parsed.error.exitCode);
    }
    return runBackendCommand(
      context,
      options,
      (backend) => backend.programs.install(parsed.value),
      (program) => {
        if (options.json) printJson(context.output, program);
        else
          printLine(
            context.output,
            `${paint(context.output, 'green', '✓')} installed ${program.name} ${program.version} from ${describeSource(program.source)}`,
          );
      },
      `installing from ${describeSource(parsed.value)}`,
    );
  });
}
