import type { Backend } from '../backend/backend.js';
import type { CommandContext } from '../context.js';
import { printCliError } from '../errors/print-cli-error.js';
import type { ExitCode } from '../exit-codes.js';
import type { GlobalOptions } from '../global-options.js';
import { withSpinner } from '../render/with-spinner.js';

/**
 * Picks the backend (embedded, local server or remote), hands it to `use`, and releases it
 * afterwards. Resolves with `use`'s exit code, or the error's when no backend could be had.
 */
export async function withBackend(
  context: CommandContext,
  globals: GlobalOptions,
  use: (backend: Backend) => Promise<ExitCode>,
): Promise<ExitCode> {
  const { resolveBackend } = await import('../backend/resolve-backend.js');
  const resolved = await withSpinner(context.output, 'connecting', resolveBackend(context, globals));
  if (resolved.isErr()) {
    printCliError(context.output, resolved.error, globals.verbose === true);
    return resolved.error.exitCode;
  }
  const backend = resolved.value;
  try {
    return await use(backend);
  } finally {
    await backend.close();
  }
}
