import type { ResultAsync } from 'neverthrow';
import type { Backend } from '../backend/backend.js';
import type { CommandContext } from '../context.js';
import type { CliError } from '../errors/cli-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { GlobalOptions } from '../global-options.js';
import { withSpinner } from '../render/with-spinner.js';
import { withBackend } from './with-backend.js';

/**
 * The shape of every command that talks to Oxios: pick the backend (embedded, local server or
 * remote), run `work` on it behind a spinner, print the value with `render` or the error as one
 * line, and release the backend. Resolves with the exit code.
 */
export function runBackendCommand<T>(
  context: CommandContext,
  globals: GlobalOptions,
  work: (backend: Backend) => ResultAsync<T, CliError>,
  render: (value: T, backend: Backend) => void,
  label = 'working',
): Promise<ExitCode> {
  return withBackend(context, globals, async (backend) => {
    const result = await withSpinner(context.output, label, work(backend));
    if (result.isErr()) {
      printCliError(context.output, result.error, globals.verbose === true);
      return result.error.exitCode;
    }
    render(result.value, backend);
    return EXIT.ok;
  });
}
