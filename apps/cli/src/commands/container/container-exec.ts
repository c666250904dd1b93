import { z } from 'zod';
import type { CommandContext } from '../../context.js';
import { EXIT, type ExitCode } from '../../exit-codes.js';
import { printJson } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { ContainerNameSchema } from './container-name.js';

const ContainerExecOptionsSchema = OutputOptionsSchema.extend({
  name: ContainerNameSchema,
  argv: z.array(z.string()).min(1, { error: 'expected a command after the container name' }),
});

/** The command's exit code as this process's, within what a process can return. */
function commandExit(exitCode: number | null): number {
  if (exitCode === null) return EXIT.failure;
  return exitCode >= 0 && exitCode <= 255 ? exitCode : EXIT.failure;
}

/**
 * `oxios container exec <name> -- <command> [args…]` — runs the command (no shell) in the
 * container and prints its output; exits with the command's exit code (1 when it was killed).
 * JSON: `{ exitCode, signal, stdout, stderr, timedOut, truncated, durationMs }` (exit 0 or the
 * command's code).
 */
export async function containerExec(
  context: CommandContext,
  name: string,
  argv: readonly string[],
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  let exitCode = 0;
  const code = await withOptions(context, ContainerExecOptionsSchema, { ...raw, name, argv }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.containers.exec(options.name, options.argv),
      (result) => {
        exitCode = commandExit(result.exitCode);
        if (options.json) {
          printJson(context.output, result);
          return;
        }
        context.output.stdout.write(result.stdout);
        context.output.stderr.write(result.stderr);
        if (result.timedOut) context.output.stderr.write('oxios: the command timed out and was killed\n');
        if (result.truncated) context.output.stderr.write('oxios: output was cut at the configured limit\n');
      },
      'running',
    ),
  );
  // The command's own exit code passes through, as with `docker exec`.
  return (code === EXIT.ok ? exitCode : code) as ExitCode;
}
