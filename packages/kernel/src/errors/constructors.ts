import type {
  AbortedError,
  AlreadyExistsError,
  BackendError,
  ConfigInvalidError,
  ConfigIssue,
  ConfigParseError,
  InternalError,
  InvalidArgumentError,
  InvalidStateError,
  IoError,
  NotFoundError,
  NotRunningError,
  PathDeniedError,
  PermissionDeniedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  SystemNotRunningError,
  TimeoutError,
  UnavailableError,
} from './kernel-error.js';

/** Builds an `invalid-argument` error. */
export function invalidArgument(field: string, message: string): InvalidArgumentError {
  return { code: 'invalid-argument', field, message: `${field}: ${message}` };
}

/** Builds a `not-found` error. */
export function notFound(resource: string, id: string): NotFoundError {
  return { code: 'not-found', resource, id, message: `${resource} "${id}" not found` };
}

/** Builds an `already-exists` error. */
export function alreadyExists(resource: string, id: string): AlreadyExistsError {
  return { code: 'already-exists', resource, id, message: `${resource} "${id}" already exists` };
}

/** Builds an `invalid-state` error. */
export function invalidState(resource: string, state: string, message: string): InvalidStateError {
  return { code: 'invalid-state', resource, state, message };
}

/** Builds a `config-parse` error. */
export function configParse(
  source: string,
  message: string,
  position: { line?: number; column?: number } = {},
): ConfigParseError {
  const where =
    position.line === undefined ? '' : `:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
  return { code: 'config-parse', source, ...position, message: `${source}${where}: ${message}` };
}

/** Builds a `config-invalid` error; the message lists every issue as `key.path: problem`. */
export function configInvalid(source: string, issues: readonly ConfigIssue[]): ConfigInvalidError {
  const lines = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return { code: 'config-invalid', source, issues, message: `${source}: ${lines.join('; ')}` };
}

/** Builds an `io` error wrapping the underlying error. */
export function ioError(operation: string, path: string, cause: unknown): IoError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { code: 'io', operation, path, cause, message: `cannot ${operation} ${path}: ${reason}` };
}

/** Builds a `permission-denied` error. */
export function permissionDenied(
  subject: string,
  action: string,
  resource: string,
  reason: string,
): PermissionDeniedError {
  return {
    code: 'permission-denied',
    subject,
    action,
    resource,
    message: `${subject} may not ${action} ${resource}: ${reason}`,
  };
}

/** Builds a `path-denied` error. */
export function pathDenied(path: string, rule: string, reason: string): PathDeniedError {
  return { code: 'path-denied', path, rule, message: `path denied: ${path} (${reason})` };
}

/** Builds a `timeout` error. */
export function timeoutError(operation: string, timeoutMs: number): TimeoutError {
  return { code: 'timeout', operation, timeoutMs, message: `${operation} timed out after ${timeoutMs} ms` };
}

/** Builds an `aborted` error. */
export function abortedError(operation: string): AbortedError {
  return { code: 'aborted', operation, message: `${operation} was aborted` };
}

/** Builds an `unavailable` error. */
export function unavailable(service: string, message: string): UnavailableError {
  return { code: 'unavailable', service, message };
}

/** Builds an `internal` error wrapping an unexpected failure. */
export function internalError(message: string, cause?: unknown): InternalError {
  return cause === undefined ? { code: 'internal', message } : { code: 'internal', message, cause };
}

/** Builds a `store-locked` error. */
export function storeLocked(path: string, pid: number): StoreLockedError {
  return {
    code: 'store-locked',
    path,
    pid,
    message: `OXIOS_HOME is in use by another Oxios process (pid ${pid}, lock ${path}); stop it or use a different OXIOS_HOME`,
  };
}

/** Builds a `store-schema-newer` error. */
export function storeSchemaNewer(path: string, found: number, supported: number): StoreSchemaNewerError {
  return {
    code: 'store-schema-newer',
    path,
    found,
    supported,
    message: `${path} has schema version ${found} but this Oxios supports up to ${supported}; upgrade Oxios`,
  };
}

/** Builds a `store` error wrapping the underlying SQLite error. */
export function storeError(operation: string, cause: unknown): StoreError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { code: 'store', operation, cause, message: `store: ${operation} failed: ${reason}` };
}

/** Builds a `not-running` error. */
export function notRunning(resource: string, id: string): NotRunningError {
  return { code: 'not-running', resource, id, message: `${resource} "${id}" is not running` };
}

/** Builds a `system-not-running` error; `hint` tells the user how to start the service. */
export function systemNotRunning(service: string, hint: string): SystemNotRunningError {
  return { code: 'system-not-running', service, hint, message: `${service} is not running: ${hint}` };
}

/** Builds a `backend` error; `cause` (argv, exit code, stderr, …) stays in logs. */
export function backendError(backend: string, operation: string, message: string, cause?: unknown): BackendError {
  const base = { code: 'backend', backend, operation, message: `${backend}: ${operation} failed: ${message}` } as const;
  return cause === undefined ? base : { ...base, cause };
}
