import type { CommandContext } from '../context.js';
import { cliError, type CliError } from '../errors/cli-error.js';
import { EXIT } from '../exit-codes.js';
import type { GlobalOptions } from '../global-options.js';

/** An error when `--server`/`OXIOS_SERVER` names a server for a command that works on this machine's files. */
export function refuseRemote(context: CommandContext, globals: GlobalOptions, command: string): CliError | undefined {
  const server = globals.server ?? (context.env.OXIOS_SERVER?.trim() || undefined);
  if (server === undefined) return undefined;
  return cliError(
    'unavailable',
    `\`oxios ${command}\` works on this machine's OXIOS_HOME, not through a server`,
    EXIT.usage,
    {
      hint: `run it on the server's machine, or unset OXIOS_SERVER / drop --server`,
    },
  );
}
