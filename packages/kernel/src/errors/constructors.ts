import type {
  AbortedError,
  AlreadyExistsError,
  ApprovalExpiredError,
  ApprovalRejectedError,
  BackendError,
  ConfigInvalidError,
  ConfigIssue,
  ConfigParseError,
  ContentInvalidError,
  ExecDeniedError,
  ExecFailedError,
  InstallFailedError,
  InternalError,
  InvalidArgumentError,
  InvalidStateError,
  McpError,
  McpOperation,
  IoError,
  NotFoundError,
  OverloadedError,
  NotRunningError,
  PathDeniedError,
  PermissionDeniedError,
  RateLimitedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  UnauthenticatedError,
  SystemNotRunningError,
  TimeoutError,
  UnavailableError,
  BudgetExceededError,
  BudgetLimit,
  CircuitOpenError,
  LlmError,
  LlmNotConfiguredError,
  LlmReplyInvalidError,
  LlmTimeoutError,
  UnsafeContentError,
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

/** Builds an `approval-rejected` error; the reviewer's note, if any, ends the message. */
export function approvalRejected(approvalId: string, decidedBy: string, note?: string): ApprovalRejectedError {
  const message = `approval ${approvalId} was rejected by ${decidedBy}${note ? `: ${note}` : ''}`;
  return note
    ? { code: 'approval-rejected', approvalId, decidedBy, note, message }
    : { code: 'approval-rejected', approvalId, decidedBy, message };
}

/** Builds an `approval-expired` error. */
export function approvalExpired(approvalId: string, expiresAt: number): ApprovalExpiredError {
  return {
    code: 'approval-expired',
    approvalId,
    expiresAt,
    message: `approval ${approvalId} expired at ${new Date(expiresAt).toISOString()} without a decision`,
  };
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

/** Builds an `overloaded` error: `resource` is full at `limit`. */
export function overloaded(resource: string, limit: number): OverloadedError {
  return { code: 'overloaded', resource, limit, message: `${resource} is full (${limit}); retry later` };
}

/** Builds a `rate-limited` error; omit `retryAfterMs` when the work can never fit the limit. */
export function rateLimited(provider: string, message: string, retryAfterMs?: number): RateLimitedError {
  return retryAfterMs === undefined
    ? { code: 'rate-limited', provider, message }
    : { code: 'rate-limited', provider, retryAfterMs, message };
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

const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedError['reason'], string> = {
  missing: 'authentication required: send "Authorization: Bearer <token>"',
  malformed: 'the credential is malformed',
  unknown: 'the token is not valid',
  expired: 'the token has expired',
  revoked: 'the token has been revoked',
};

/** Builds an `unauthenticated` error. The message never echoes the credential. */
export function unauthenticated(reason: UnauthenticatedError['reason']): UnauthenticatedError {
  return { code: 'unauthenticated', reason, message: UNAUTHENTICATED_MESSAGES[reason] };
}

/** Builds an `exec-denied` error; `argument` names the refused argument when there is one. */
export function execDenied(command: string, rule: string, reason: string, argument?: string): ExecDeniedError {
  const message = `host command ${JSON.stringify(command)} refused: ${reason}`;
  return argument === undefined
    ? { code: 'exec-denied', command, rule, message }
    : { code: 'exec-denied', command, argument, rule, message };
}

/** Builds an `exec-failed` error for a command that could not be started. */
export function execFailed(command: string, cause: unknown): ExecFailedError {
  const systemCode = (cause as { code?: unknown } | null)?.code;
  const reason = typeof systemCode === 'string' ? systemCode : 'spawn-failed';
  const detail = reason === 'ENOENT' ? 'not found on PATH' : cause instanceof Error ? cause.message : String(cause);
  return { code: 'exec-failed', command, reason, cause, message: `cannot start ${JSON.stringify(command)}: ${detail}` };
}

/** Builds an `llm-not-configured` error; `fix` tells the user what to set. */
export function llmNotConfigured(
  problem: string,
  fix: string,
  details: { provider?: string; model?: string; envVar?: string } = {},
): LlmNotConfiguredError {
  return { code: 'llm-not-configured', ...details, message: `${problem}. ${fix}` };
}

/** Builds an `llm` error for a failed provider request. */
export function llmError(
  provider: string,
  model: string,
  reason: string,
  details: { status?: number; retryable: boolean },
): LlmError {
  const base = { code: 'llm', provider, model, retryable: details.retryable } as const;
  const message = `${provider}/${model} failed: ${reason}`;
  return details.status === undefined ? { ...base, message } : { ...base, status: details.status, message };
}

/** Builds the `rate-limited` error of an LLM provider that kept answering 429. */
export function llmRateLimited(provider: string, model: string, retryAfterMs?: number): RateLimitedError {
  const wait = retryAfterMs === undefined ? '' : `; it asked to wait ${Math.ceil(retryAfterMs / 1000)} s`;
  const message = `${provider}/${model} is rate-limiting requests (429)${wait}`;
  return retryAfterMs === undefined
    ? { code: 'rate-limited', provider, model, message }
    : { code: 'rate-limited', provider, model, retryAfterMs, message };
}

/** Builds an `llm-timeout` error. */
export function llmTimeout(
  provider: string,
  model: string,
  phase: 'idle' | 'total',
  timeoutMs: number,
): LlmTimeoutError {
  const what = phase === 'idle' ? 'sent nothing for' : 'did not finish within';
  return {
    code: 'llm-timeout',
    provider,
    model,
    phase,
    timeoutMs,
    message: `${provider}/${model} ${what} ${timeoutMs} ms`,
  };
}

/** Builds a `circuit-open` error. */
export function circuitOpen(provider: string, retryAfterMs: number): CircuitOpenError {
  return {
    code: 'circuit-open',
    provider,
    retryAfterMs,
    message: `requests to ${provider} are paused after repeated failures; next attempt allowed in ${Math.ceil(retryAfterMs / 1000)} s`,
  };
}

/** Builds an `llm-reply-invalid` error listing what was wrong with the reply. */
export function llmReplyInvalid(provider: string, model: string, issues: readonly string[]): LlmReplyInvalidError {
  return {
    code: 'llm-reply-invalid',
    provider,
    model,
    issues,
    message: `${provider}/${model} replied with invalid JSON: ${issues.join('; ')}`,
  };
}

const BUDGET_UNITS: Record<BudgetLimit, (value: number) => string> = {
  turns: (value) => `${value} turns`,
  'wall-time': (value) => `${(value / 1000).toFixed(1)} s`,
  tokens: (value) => `${value} tokens`,
  cost: (value) => `$${value.toFixed(4)}`,
};

/** Builds a `budget-exceeded` error. */
export function budgetExceeded(
  scope: 'agent' | 'session',
  limit: BudgetLimit,
  used: number,
  max: number,
): BudgetExceededError {
  const unit = BUDGET_UNITS[limit];
  return {
    code: 'budget-exceeded',
    scope,
    limit,
    used,
    max,
    message: `${scope} ${limit} budget exceeded: used ${unit(used)} of ${unit(max)}`,
  };
}

/** Builds a `content-invalid` error; the message lists every issue as `key.path: problem`. */
export function contentInvalid(source: string, issues: readonly ConfigIssue[]): ContentInvalidError {
  const lines = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return { code: 'content-invalid', source, issues, message: `${source}: ${lines.join('; ')}` };
}

/** Builds an `unsafe-content` error for `entry` of `source`, refused by `rule`. */
export function unsafeContent(source: string, entry: string, rule: string, reason: string): UnsafeContentError {
  const where = entry === '' ? '' : ` entry ${JSON.stringify(entry)}`;
  return { code: 'unsafe-content', source, entry, rule, message: `refused${where} of ${source}: ${reason}` };
}

/** Builds an `install-failed` error; `cause` (stderr, the thrown error) stays out of the message. */
export function installFailed(source: string, reason: string, message: string, cause?: unknown): InstallFailedError {
  const base = {
    code: 'install-failed' as const,
    source,
    reason,
    message: `cannot install from ${source}: ${message}`,
  };
  return cause === undefined ? base : { ...base, cause };
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

/** Builds an `mcp` error: `server` failed `operation`; `rpcCode` is its JSON-RPC error code, if any. */
export function mcpError(
  server: string,
  operation: McpOperation,
  message: string,
  details: { readonly rpcCode?: number; readonly cause?: unknown } = {},
): McpError {
  return {
    code: 'mcp',
    server,
    operation,
    message: `MCP server "${server}": ${operation} failed: ${message}`,
    ...(details.rpcCode === undefined ? {} : { rpcCode: details.rpcCode }),
    ...(details.cause === undefined ? {} : { cause: details.cause }),
  };
}
