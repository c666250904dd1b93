// KernelError values built here: this package imports only types from @oxios/kernel, so it
// cannot call the kernel's constructors. The shapes and messages match them.
import type {
  AbortedError,
  AlreadyExistsError,
  BackendError,
  InvalidArgumentError,
  InvalidStateError,
  NotFoundError,
  NotRunningError,
  SystemNotRunningError,
  TimeoutError,
  UnavailableError,
} from '@oxios/kernel';

/** The service name in `system-not-running` and `unavailable` errors. */
export const SERVICE = 'apple-container';

/** `not-found` for a container or an image. */
export const notFound = (resource: string, id: string): NotFoundError => ({
  code: 'not-found',
  resource,
  id,
  message: `${resource} "${id}" not found`,
});

/** `already-exists`: `run --name` with an id in use. */
export const alreadyExists = (id: string): AlreadyExistsError => ({
  code: 'already-exists',
  resource: 'container',
  id,
  message: `container "${id}" already exists`,
});

/** `not-running`: exec in a stopped container. */
export const notRunning = (id: string): NotRunningError => ({
  code: 'not-running',
  resource: 'container',
  id,
  message: `container "${id}" is not running`,
});

/** `invalid-state`: any other `invalidState` from the CLI. */
export const invalidState = (id: string, message: string): InvalidStateError => ({
  code: 'invalid-state',
  resource: 'container',
  state: id,
  message,
});

/** `invalid-argument`: a spec or input the CLI cannot take. */
export const invalidArgument = (field: string, message: string): InvalidArgumentError => ({
  code: 'invalid-argument',
  field,
  message: `${field}: ${message}`,
});

/** `system-not-running`: the container system service is down. */
export const systemNotRunning = (): SystemNotRunningError => ({
  code: 'system-not-running',
  service: SERVICE,
  hint: 'run `container system start`',
  message: `${SERVICE} is not running: run \`container system start\``,
});

/** `unavailable`: the CLI is missing or unusable. */
export const unavailable = (message: string): UnavailableError => ({ code: 'unavailable', service: SERVICE, message });

/** `timeout`: a CLI call overran its limit. */
export const timeoutError = (operation: string, timeoutMs: number): TimeoutError => ({
  code: 'timeout',
  operation,
  timeoutMs,
  message: `${operation} timed out after ${timeoutMs} ms`,
});

/** `aborted`: the caller's signal fired. */
export const aborted = (operation: string): AbortedError => ({
  code: 'aborted',
  operation,
  message: `${operation} was aborted`,
});

/** `backend`: any other CLI failure; argv, exit code and stderr stay in `cause`. */
export const backendError = (operation: string, message: string, cause?: unknown): BackendError => ({
  code: 'backend',
  backend: 'apple',
  operation,
  message: `apple: ${operation} failed: ${message}`,
  ...(cause === undefined ? {} : { cause }),
});
