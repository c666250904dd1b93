import type { ClientError } from '@oxios/sdk-client';
import { EXIT, EXIT_BY_CODE, type ExitCode } from '../exit-codes.js';
import { cliError, type CliError } from './cli-error.js';
import { hintFor } from './hint-for.js';

/** Exit code for an HTTP error whose code the CLI does not know: by status class. */
function exitForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 404) return EXIT.notFound;
  if (status === 409) return EXIT.conflict;
  if (status >= 400 && status < 500 && status !== 429 && status !== 408) return EXIT.usage;
  return EXIT.failure;
}

function exitForHttp(errorCode: string, status: number): ExitCode {
  // A server-side `aborted` is not this process being interrupted.
  if (errorCode === 'aborted') return EXIT.conflict;
  return Object.hasOwn(EXIT_BY_CODE, errorCode)
    ? EXIT_BY_CODE[errorCode as keyof typeof EXIT_BY_CODE]
    : exitForStatus(status);
}

/** `fetch failed` says little; the nested cause (ECONNREFUSED, a TLS error, …) says why. */
function describeCause(cause: unknown): string {
  const messages: string[] = [];
  let current: unknown = cause;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    messages.push(current.message);
    current = current.cause;
  }
  return messages.length > 0 ? messages.join(': ') : String(cause);
}

/** An API client error as the CLI reports it. `server` names the server in messages and hints. */
export function fromClientError(error: ClientError, server: string): CliError {
  switch (error.code) {
    case 'http':
      return cliError(error.errorCode, error.message, exitForHttp(error.errorCode, error.status), {
        hint: hintFor(error.errorCode),
        details: { status: error.status, ...(error.details === undefined ? {} : { details: error.details }) },
      });
    case 'network':
      return cliError('unreachable', error.message, EXIT.failure, {
        hint: `is the server at ${server} running? Start one with \`oxios serve\`, or check --server / OXIOS_SERVER`,
        details: { cause: describeCause(error.cause) },
      });
    case 'timeout':
      return cliError('timeout', error.message, EXIT.failure, { hint: `the server at ${server} is slow to answer` });
    case 'aborted':
      return cliError('aborted', error.message, EXIT.interrupted);
    case 'invalid-response':
      return cliError('invalid-response', error.message, EXIT.failure, {
        hint: 'the server speaks a different API version; compare `oxios --version` with `oxios status`',
        details: { status: error.status },
      });
  }
}
