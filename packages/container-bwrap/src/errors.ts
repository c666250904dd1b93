// KernelError values built here: this package imports only types from @oxios/kernel, so it
// cannot call the kernel's constructors. The shapes and messages match them.
import type {
  AbortedError,
  AlreadyExistsError,
  BackendError,
  InvalidArgumentError,
  NotFoundError,
  NotRunningError,
  UnavailableError,
} from '@oxios/kernel';

/** `not-found` for a sandbox id. */
export const notFound = (id: string): NotFoundError => ({
  code: 'not-found',
  resource: 'container',
  id,
  message: `container "${id}" not found`,
});

/** `already-exists` for a sandbox id. */
export const alreadyExists = (id: string): AlreadyExistsError => ({
  code: 'already-exists',
  resource: 'container',
  id,
  message: `container "${id}" already exists`,
});

/** `not-running` for a stopped sandbox. */
export const notRunning = (id: string): NotRunningError => ({
  code: 'not-running',
  resource: 'container',
  id,
  message: `container "${id}" is not running`,
});

/** `invalid-argument`. */
export const invalidArgument = (field: string, message: string): InvalidArgumentError => ({
  code: 'invalid-argument',
  field,
  message: `${field}: ${message}`,
});

/** `unavailable` for bubblewrap itself. */
export const unavailable = (message: string): UnavailableError => ({ code: 'unavailable', service: 'bwrap', message });

/** `backend`: bwrap failed; `cause` (argv, exit code, stderr) stays in logs. */
export const backendError = (operation: string, message: string, cause?: unknown): BackendError => ({
  code: 'backend',
  backend: 'bwrap',
  operation,
  message: `bwrap: ${operation} failed: ${message}`,
  ...(cause === undefined ? {} : { cause }),
});

/** `aborted`: the caller's signal fired, or the sandbox was stopped under the command. */
export const aborted = (operation: string): AbortedError => ({
  code: 'aborted',
  operation,
  message: `${operation} was aborted`,
});
