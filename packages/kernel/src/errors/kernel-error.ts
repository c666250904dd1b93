/**
 * The one error union of @oxios/kernel. Every expected failure of a public kernel function is a
 * plain object of this union, discriminated by `code`; match on `code` to handle a variant.
 * Programmer errors (broken invariants) throw instead.
 *
 * The HTTP status each code maps to lives in apps/server's single status table and is documented
 * in the package README.
 */
export type KernelError =
  | InvalidArgumentError
  | NotFoundError
  | AlreadyExistsError
  | InvalidStateError
  | ConfigParseError
  | ConfigInvalidError
  | IoError
  | PermissionDeniedError
  | PathDeniedError
  | ApprovalRejectedError
  | ApprovalExpiredError
  | TimeoutError
  | AbortedError
  | UnavailableError
  | UnauthenticatedError
  | OverloadedError
  | RateLimitedError
  | StoreLockedError
  | StoreSchemaNewerError
  | StoreError
  | ExecDeniedError
  | ExecFailedError
  | LlmNotConfiguredError
  | LlmError
  | LlmTimeoutError
  | CircuitOpenError
  | LlmReplyInvalidError
  | BudgetExceededError
  | ContentInvalidError
  | UnsafeContentError
  | InstallFailedError
  | McpError
  | NotRunningError
  | SystemNotRunningError
  | BackendError
  | InternalError;

/** Every `code` a KernelError can carry. */
export type KernelErrorCode = KernelError['code'];

/** A caller passed a value the kernel cannot accept (bad name, out-of-range number, …). */
export interface InvalidArgumentError {
  readonly code: 'invalid-argument';
  readonly message: string;
  /** Name of the offending argument or field. */
  readonly field: string;
}

/** The named resource does not exist. */
export interface NotFoundError {
  readonly code: 'not-found';
  readonly message: string;
  /** Kind of resource, e.g. `session`, `program`, `config-file`. */
  readonly resource: string;
  readonly id: string;
}

/** A resource with that identity already exists. */
export interface AlreadyExistsError {
  readonly code: 'already-exists';
  readonly message: string;
  readonly resource: string;
  readonly id: string;
}

/** The operation is not valid in the resource's current state (e.g. approving an expired approval). */
export interface InvalidStateError {
  readonly code: 'invalid-state';
  readonly message: string;
  readonly resource: string;
  readonly state: string;
}

/** A configuration file is not valid TOML. */
export interface ConfigParseError {
  readonly code: 'config-parse';
  readonly message: string;
  /** File the text came from, or a label such as `<env>`. */
  readonly source: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem found while validating configuration. */
export interface ConfigIssue {
  /** Dotted key path, e.g. `scheduler.max_concurrent`; empty for the root. */
  readonly path: string;
  /** What was wrong, e.g. `expected integer ≥ 1, got "five"`. */
  readonly message: string;
}

/** Configuration parsed but failed validation; every issue names its key path. */
export interface ConfigInvalidError {
  readonly code: 'config-invalid';
  readonly message: string;
  readonly source: string;
  readonly issues: readonly ConfigIssue[];
}

/** A filesystem operation failed. */
export interface IoError {
  readonly code: 'io';
  readonly message: string;
  /** What was attempted, e.g. `read`, `write`, `mkdir`. */
  readonly operation: string;
  readonly path: string;
  /** The underlying error, kept for logs; never sent to API clients. */
  readonly cause?: unknown;
}

/** The subject is not allowed to perform the action on the resource. */
export interface PermissionDeniedError {
  readonly code: 'permission-denied';
  readonly message: string;
  readonly subject: string;
  readonly action: string;
  readonly resource: string;
}

/** A path was refused by the path policy (outside the allowed roots, denied glob, symlink escape, …). */
export interface PathDeniedError {
  readonly code: 'path-denied';
  readonly message: string;
  readonly path: string;
  /** The rule that decided, e.g. `deny:**\/.ssh/**` or `outside-workspace`. */
  readonly rule: string;
}

/** A human rejected the approval the action was waiting for. */
export interface ApprovalRejectedError {
  readonly code: 'approval-rejected';
  readonly message: string;
  readonly approvalId: string;
  /** Subject that rejected it, e.g. `user:ada`. */
  readonly decidedBy: string;
  /** The reviewer's note, if any. */
  readonly note?: string;
}

/** Nobody decided the approval the action was waiting for before it expired (treated as a denial). */
export interface ApprovalExpiredError {
  readonly code: 'approval-expired';
  readonly message: string;
  readonly approvalId: string;
  /** When it expired, in epoch milliseconds. */
  readonly expiresAt: number;
}

/** The operation did not finish within its time limit. */
export interface TimeoutError {
  readonly code: 'timeout';
  readonly message: string;
  readonly operation: string;
  readonly timeoutMs: number;
}

/** The operation was cancelled through its AbortSignal. */
export interface AbortedError {
  readonly code: 'aborted';
  readonly message: string;
  readonly operation: string;
}

/** A required service or backend is not available (not installed, not running, shut down). */
export interface UnavailableError {
  readonly code: 'unavailable';
  readonly message: string;
  readonly service: string;
}

/** A credential was missing, malformed, unknown, expired or revoked. */
export interface UnauthenticatedError {
  readonly code: 'unauthenticated';
  readonly message: string;
  readonly reason: 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked';
}

/** A bounded queue or pool is full; the work was refused, not queued. Retry later. */
export interface OverloadedError {
  readonly code: 'overloaded';
  readonly message: string;
  /** What is full, e.g. `scheduler queue`. */
  readonly resource: string;
  /** Its capacity. */
  readonly limit: number;
}

/**
 * A provider's rate limit refused the work. With `retryAfterMs` it may be retried then; without
 * it the work can never fit the limit (e.g. it needs more tokens than a minute allows).
 */
export interface RateLimitedError {
  readonly code: 'rate-limited';
  readonly message: string;
  /** The rate-limited provider, e.g. `anthropic`. */
  readonly provider: string;
  /** The model, when an LLM provider answered 429 for it. */
  readonly model?: string;
  readonly retryAfterMs?: number;
}

/** OXIOS_HOME is already opened for writing by another Oxios process. */
export interface StoreLockedError {
  readonly code: 'store-locked';
  readonly message: string;
  /** The lock file. */
  readonly path: string;
  /** Process id recorded in the lock file. */
  readonly pid: number;
}

/** The database was written by a newer Oxios (its schema version is above what this one knows). */
export interface StoreSchemaNewerError {
  readonly code: 'store-schema-newer';
  readonly message: string;
  readonly path: string;
  readonly found: number;
  readonly supported: number;
}

/** A database operation failed (SQLite error, constraint violation, closed store). */
export interface StoreError {
  readonly code: 'store';
  readonly message: string;
  /** What was attempted, e.g. `open`, `migrate`, `insert session`. */
  readonly operation: string;
  /** The underlying error, kept for logs; never sent to API clients. */
  readonly cause?: unknown;
}

/** The container exists but is not running (start it first). */
export interface NotRunningError {
  readonly code: 'not-running';
  readonly message: string;
  /** Kind of resource, e.g. `container`. */
  readonly resource: string;
  readonly id: string;
}

/**
 * A container system service the backend needs is not running (e.g. Apple's `container system
 * start` was never run). `hint` says how to start it.
 */
export interface SystemNotRunningError {
  readonly code: 'system-not-running';
  readonly message: string;
  /** The service, e.g. `apple-container`. */
  readonly service: string;
  readonly hint: string;
}

/**
 * A sandbox backend (a CLI such as `container`, or `bwrap`) failed in a way no other code
 * describes. `cause` keeps the argv, exit code and stderr for logs; it is never sent to clients.
 */
export interface BackendError {
  readonly code: 'backend';
  readonly message: string;
  /** The backend, e.g. `apple`, `bwrap`. */
  readonly backend: string;
  /** What was attempted, e.g. `create`, `exec`, `image pull`. */
  readonly operation: string;
  readonly cause?: unknown;
}

/** An unexpected failure inside the kernel; `cause` holds the original error for logs. */
export interface InternalError {
  readonly code: 'internal';
  readonly message: string;
  readonly cause?: unknown;
}

/**
 * The host-exec bridge refused a command before running it: the name is not a bare allowlisted
 * name, or an argument or environment variable is refused by the command's argument policy.
 */
export interface ExecDeniedError {
  readonly code: 'exec-denied';
  readonly message: string;
  /** The command name as requested. */
  readonly command: string;
  /** The refused argument (or environment variable name), when one was refused. */
  readonly argument?: string;
  /** The rule that decided, e.g. `not-allowlisted`, `denied-option:--upload-pack`. */
  readonly rule: string;
}

/** A host command could not be started (not installed, not executable, …). */
export interface ExecFailedError {
  readonly code: 'exec-failed';
  readonly message: string;
  readonly command: string;
  /** The system error code when known (e.g. `ENOENT`, `EACCES`), else `spawn-failed`. */
  readonly reason: string;
  /** The underlying error, kept for logs; never sent to API clients. */
  readonly cause?: unknown;
}

/**
 * No LLM can be used: no provider or model matches the request, or the provider's API key is not
 * set. The message says exactly what to set and where.
 */
export interface LlmNotConfiguredError {
  readonly code: 'llm-not-configured';
  readonly message: string;
  /** The provider asked for, when one was named. */
  readonly provider?: string;
  /** The model asked for, when one was named. */
  readonly model?: string;
  /** The environment variable that must hold the API key, when that is what is missing. */
  readonly envVar?: string;
}

/** An LLM provider failed the request (HTTP error, broken or malformed stream, refusal). */
export interface LlmError {
  readonly code: 'llm';
  readonly message: string;
  readonly provider: string;
  readonly model: string;
  /** The HTTP status the provider answered with, when the failure was an HTTP error. */
  readonly status?: number;
  /** True when the same request may succeed later (5xx, connection loss, overload). */
  readonly retryable: boolean;
}

/** An LLM request stalled (no stream event within the idle limit) or exceeded its total time. */
export interface LlmTimeoutError {
  readonly code: 'llm-timeout';
  readonly message: string;
  readonly provider: string;
  readonly model: string;
  /** `idle`: the stream went silent; `total`: the whole request, retries included, took too long. */
  readonly phase: 'idle' | 'total';
  readonly timeoutMs: number;
}

/** The provider's circuit breaker is open after repeated failures; requests fail fast until it cools down. */
export interface CircuitOpenError {
  readonly code: 'circuit-open';
  readonly message: string;
  readonly provider: string;
  /** Time until the breaker lets a trial request through. */
  readonly retryAfterMs: number;
}

/** A structured completion's reply was not the JSON the caller's schema requires. */
export interface LlmReplyInvalidError {
  readonly code: 'llm-reply-invalid';
  readonly message: string;
  readonly provider: string;
  readonly model: string;
  /** What was wrong, one entry per problem (`path: problem`). */
  readonly issues: readonly string[];
}

/** Which budget of an agent run ran out. */
export type BudgetLimit = 'turns' | 'wall-time' | 'tokens' | 'cost';

/** An agent or session budget ran out; the run was stopped. */
export interface BudgetExceededError {
  readonly code: 'budget-exceeded';
  readonly message: string;
  readonly limit: BudgetLimit;
  /** Whether the agent's own budget or its session's ran out. */
  readonly scope: 'agent' | 'session';
  /** Amount used when the run stopped: turns, milliseconds, tokens or US dollars. */
  readonly used: number;
  /** The configured maximum, in the same unit. */
  readonly max: number;
}

/**
 * A file written by a user or a program author failed validation: `program.toml`, the
 * frontmatter of a SKILL.md or a persona, a memory note. Each issue names its key path.
 */
export interface ContentInvalidError {
  readonly code: 'content-invalid';
  readonly message: string;
  /** The file (or label) the content came from. */
  readonly source: string;
  readonly issues: readonly ConfigIssue[];
}

/**
 * Content was refused for safety before anything was written: an archive entry with an absolute
 * path, `..`, a link or a device; a symlink in a program folder; a size or entry-count cap.
 */
export interface UnsafeContentError {
  readonly code: 'unsafe-content';
  readonly message: string;
  /** The archive, folder or URL being installed. */
  readonly source: string;
  /** The refused entry (as written in the archive or folder), or `""` for whole-source caps. */
  readonly entry: string;
  /** The rule that decided, e.g. `parent-traversal`, `absolute-path`, `link`, `total-too-large`. */
  readonly rule: string;
}

/** Fetching something to install failed: `git clone` exited non-zero, a download answered an error. */
export interface InstallFailedError {
  readonly code: 'install-failed';
  readonly message: string;
  /** The URL or path that was being fetched. */
  readonly source: string;
  /** Short machine-readable reason, e.g. `git-exit-128`, `http-404`, `not-a-program`. */
  readonly reason: string;
  /** Details for logs (stderr tail, cause); never sent to API clients. */
  readonly cause?: unknown;
}

/** What an MCP client was doing when its server failed it. */
export type McpOperation = 'connect' | 'list-tools' | 'call-tool';

/**
 * An MCP server failed a request: it answered a JSON-RPC error, broke the protocol, or its
 * process exited or could not start. A tool that ran and reported failure (`isError`) is not
 * this: the model sees that as the tool's result.
 */
export interface McpError {
  readonly code: 'mcp';
  readonly message: string;
  /** The server's name (`[mcp.servers.<name>]`, or `<program>-<name>` for a program's). */
  readonly server: string;
  readonly operation: McpOperation;
  /** The JSON-RPC error code the server answered with, when it answered one. */
  readonly rpcCode?: number;
  /** The underlying error, kept for logs; never sent to API clients. */
  readonly cause?: unknown;
}
