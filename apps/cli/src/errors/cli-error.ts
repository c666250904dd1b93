import type { ExitCode } from '../exit-codes.js';

/**
 * Why a command failed, ready to print: a stable `code` to match on (a kernel error code, an API
 * error code or a CLI one such as `unreachable`), a one-line `message`, an optional `hint` with
 * the next step, optional `details` shown with `--verbose`, and the process exit code.
 */
export interface CliError {
  readonly code: string;
  readonly message: string;
  readonly exitCode: ExitCode;
  readonly hint?: string;
  readonly details?: unknown;
}

/** Builds a {@link CliError}, leaving out absent optional fields. */
export function cliError(
  code: string,
  message: string,
  exitCode: ExitCode,
  extras: { hint?: string | undefined; details?: unknown } = {},
): CliError {
  return {
    code,
    message,
    exitCode,
    ...(extras.hint === undefined ? {} : { hint: extras.hint }),
    ...(extras.details === undefined ? {} : { details: extras.details }),
  };
}
