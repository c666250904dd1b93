import type { ResultAsync } from 'neverthrow';
import type { ContainerView } from '../../backend/views.js';
import type { CommandContext } from '../../context.js';
import type { CliError } from '../../errors/cli-error.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { ContainerNameSchema } from './container-name.js';

/** What `up`, `down` and `rm` do. */
const ACTIONS = {
  up: { label: 'starting', done: (name: string) => `${name} is running` },
  down: { label: 'stopping', done: (name: string) => `${name} is stopped (its workspace stays)` },
  rm: { label: 'removing', done: (name: string) => `removed ${name} and its workspace` },
} as const;

/**
 * `oxios container up|down|rm <name>` — start, stop (processes end, the workspace stays), or
 * remove with its workspace. JSON: `Container` for up and down, `{ name, deleted: true }` for rm.
 */
export function containerLifecycle(
  context: CommandContext,
  action: keyof typeof ACTIONS,
  name: string,
  raw: Record<string, unknown>,
): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: ContainerNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend): ResultAsync<ContainerView | { name: string; deleted: true }, CliError> =>
        action === 'rm'
          ? backend.containers.remove(options.name)
          : action === 'up'
            ? backend.containers.start(options.name)
            : backend.containers.stop(options.name),
      (result) => {
        if (options.json) printJson(context.output, result);
        else printLine(context.output, `${paint(context.output, 'green', '✓')} ${ACTIONS[action].done(options.name)}`);
      },
      ACTIONS[action].label,
    ),
  );
}
