/**
 * @oxios/kernel — the Oxios agent operating system kernel.
 *
 * Every export is named; optional parts live at subpaths. Expected failures are returned as
 * `Result`/`ResultAsync` values carrying a {@link KernelError}.
 */

// errors
export type {
  AbortedError,
  AlreadyExistsError,
  ApprovalExpiredError,
  ApprovalRejectedError,
  ConfigInvalidError,
  ConfigIssue,
  ConfigParseError,
  ExecDeniedError,
  ExecFailedError,
  InternalError,
  InvalidArgumentError,
  InvalidStateError,
  IoError,
  KernelError,
  KernelErrorCode,
  NotFoundError,
  OverloadedError,
  PathDeniedError,
  PermissionDeniedError,
  RateLimitedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  TimeoutError,
  UnauthenticatedError,
  UnavailableError,
} from './errors/kernel-error.js';
export {
  abortedError,
  alreadyExists,
  approvalExpired,
  approvalRejected,
  configInvalid,
  configParse,
  execDenied,
  execFailed,
  internalError,
  invalidArgument,
  invalidState,
  ioError,
  notFound,
  overloaded,
  pathDenied,
  permissionDenied,
  rateLimited,
  storeError,
  storeLocked,
  storeSchemaNewer,
  timeoutError,
  unauthenticated,
  unavailable,
} from './errors/constructors.js';
export { isKernelError, KERNEL_ERROR_CODES } from './errors/is-kernel-error.js';

// logger
export { noopLogger, type Logger } from './logger/logger.js';

// config
export { ConfigFileSchema, type ConfigFile, type OxiosConfig } from './config/schema.js';
export { LOG_LEVELS, type LogSection } from './config/sections/log.js';
export type { ServerSection } from './config/sections/server.js';
export type { EventsSection } from './config/sections/events.js';
export type { ExecSection } from './config/sections/exec.js';
export type { AccessSection, AgentDefaultsSection } from './config/sections/access.js';
export { loadConfig, CONFIG_FILE_NAME, type LoadConfigOptions } from './config/load-config.js';
export { parseConfig, validateConfig } from './config/parse-config.js';
export { ENV_OVERRIDES, type Environment } from './config/env-overrides.js';
export { resolveHome, ensureHome } from './config/home.js';
export { DEFAULT_CONFIG_TOML } from './config/default-config-toml.js';
export { redactSecrets, REDACTED } from './config/redact-secrets.js';

// kernel
export { createKernel, type CreateKernelOptions, type Kernel } from './kernel.js';

// events
export type { KernelEvent, KernelLifecycleEvent, SessionEvent } from './events/kernel-event.js';
export { createEventBus, type EventBus, type EventBusOptions } from './events/event-bus.js';
export type { BusEvent, EventSubscription, Published, SubscribeOptions } from './events/types.js';

// store
export type { Store } from './store/store.js';
export { openStore, DATABASE_FILE_NAME, LOCK_FILE_NAME, type OpenStoreOptions } from './store/open-store.js';
export { SCHEMA_VERSION, type Migration } from './store/migrations/index.js';
export { backupHome, restoreHome, BACKED_UP_ENTRIES, type BackupReport } from './store/backup-home.js';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type Page, type PageOptions } from './store/page.js';
export {
  createSessionRepository,
  validateSessionId,
  SESSION_ID_PATTERN,
  type MessageRecord,
  type SessionRecord,
  type SessionRepository,
  type SessionStatus,
  type SessionUpdate,
} from './store/repositories/session-repository.js';

// context
export {
  createContextManager,
  type ContextManager,
  type ContextManagerOptions,
  type Summarize,
} from './context/context-manager.js';
export { estimateTokens } from './context/estimate-tokens.js';
export type { CompactionResult, ContextEntry, ContextStats, ContextTier } from './context/types.js';
export type { ContextSection } from './config/sections/context.js';

// tokens
export {
  createTokenService,
  digestToken,
  TOKEN_PREFIX,
  type CreatedToken,
  type TokenRecord,
  type TokenRole,
  type TokenService,
} from './tokens/token-service.js';
export { ensureAdminToken, ADMIN_TOKEN_FILE_NAME, type AdminToken } from './tokens/admin-token.js';
// server info (where a running server listens, for local clients)
export {
  readServerInfo,
  removeServerInfo,
  SERVER_INFO_FILE_NAME,
  ServerInfoSchema,
  writeServerInfo,
  type ServerInfo,
} from './server-info/server-info.js';
// exec
export { createHostExec } from './exec/create-host-exec.js';
export type { HostExec, HostExecOptions, HostExecPlan, HostExecRequest, HostExecResult } from './exec/types.js';
export type {
  ArgumentPatternRule,
  ArgumentPolicy,
  GlobalOptions,
  OptionEffect,
  OptionRule,
  SubcommandRule,
} from './exec/argument-policy.js';
export { DEFAULT_ARGUMENT_POLICIES } from './exec/policies/default-argument-policies.js';
export { NEVER_ALLOWED_COMMANDS } from './exec/never-allowed-commands.js';
export { DEFAULT_ENV_ALLOWLIST, isDeniedEnvironmentVariable } from './exec/environment-policy.js';
export { createHostToolProbe, type HostToolProbe, type HostToolProbeOptions } from './exec/create-host-tool-probe.js';
export type { HostToolProbeRequest, HostToolReport, HostToolStatus } from './exec/host-tool-types.js';
// clock
export { systemClock, type Clock } from './clock/clock.js';

// events shared by subsystems
export type { EventSink } from './events/event-sink.js';

// scheduler
export { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler/create-scheduler.js';
export { createTaskRepository, type TaskRepository } from './scheduler/task-repository.js';
export { TASK_PRIORITIES } from './scheduler/priority.js';
export { TASK_INTERRUPTED_BY_RESTART } from './scheduler/restore-tasks.js';
export type {
  SchedulerRecovery,
  SchedulerStats,
  TaskHandle,
  TaskHandler,
  TaskOutcome,
  TaskPriority,
  TaskRecord,
  TaskRequest,
  TaskRun,
  TaskStatus,
} from './scheduler/types.js';
export type {
  SchedulerEvent,
  TaskCancelledEvent,
  TaskCompletedEvent,
  TaskFailedEvent,
  TaskInterruptedEvent,
  TaskQueuedEvent,
  TaskRejectedEvent,
  TaskStartedEvent,
  TaskTimedOutEvent,
} from './scheduler/scheduler-events.js';
export type { RateLimitSection, SchedulerSection } from './config/sections/scheduler.js';

// supervisor
export {
  createSupervisor,
  AGENT_INTERRUPTED_BY_RESTART,
  type Supervisor,
  type SupervisorOptions,
} from './supervisor/create-supervisor.js';
export { createAgentRepository, type AgentRepository, type AgentStatusChange } from './supervisor/agent-repository.js';
export { AGENT_TRANSITIONS } from './supervisor/agent-transitions.js';
export type {
  AgentExecution,
  AgentExit,
  AgentRecord,
  AgentRun,
  AgentSeed,
  AgentStatus,
  ExecOptions,
  ForkRequest,
  SupervisorRecovery,
} from './supervisor/types.js';
export type {
  AgentCreatedEvent,
  AgentEvent,
  AgentFailedEvent,
  AgentIdleEvent,
  AgentStartedEvent,
  AgentStoppedEvent,
} from './supervisor/agent-events.js';
// access
export {
  createAccessManager,
  type AccessManager,
  type AccessManagerOptions,
  type GateRequest,
} from './access/access-manager.js';
export type { AccessChecks, CheckPathOptions } from './access/access-checks.js';
export type { AccessAdmin, ChangeOptions } from './access/access-admin.js';
export type { Approvals, ApprovalRequest } from './access/approvals.js';
export type { ApprovalListOptions } from './access/approval-store.js';
export type { AuditQuery } from './access/audit-log.js';
export type { OpenPathOptions } from './access/open-resolved-path.js';
export type {
  AccessDeniedEvent,
  AccessEvent,
  AccessEventSink,
  ApprovalRequestedEvent,
  ApprovalResolvedEvent,
} from './access/access-events.js';
export type {
  AccessContext,
  AgentPermissions,
  AgentPermissionsInput,
  AgentSubject,
  Approval,
  ApprovalStatus,
  AuditEntry,
  Grant,
  PathOperation,
  ResolvedPath,
  RoleAssignment,
  RolePolicy,
  Subject,
  UserSubject,
} from './access/types.js';
export { MANAGE_ACTIONS, ROLES, type ManageAction, type Role } from './access/roles.js';
export { DEFAULT_ROLE_POLICIES } from './access/default-role-policies.js';
export { AGENT_ID_PATTERN, parseSubject, USER_NAME_PATTERN, type ParsedSubject } from './access/parse-subject.js';
export { TOOL_NAME_PATTERN } from './access/validate-permissions.js';
export { MAX_NAME_BYTES, MAX_PATH_BYTES, normalizeRequestedPath } from './access/normalize-requested-path.js';
export { compilePathPolicy, type PathDecision, type PathLayer, type PathPolicy } from './access/path-policy.js';

// orchestrator storage
export { createSeedRepository, type SeedRecord, type SeedRepository } from './orchestrator/seed-repository.js';
export {
  createProtocolEventStore,
  type ProtocolEventStore,
  type StoredProtocolEvent,
} from './orchestrator/protocol-event-store.js';
export {
  createEvaluationRepository,
  type EvaluationRecord,
  type EvaluationRepository,
} from './orchestrator/evaluation-repository.js';
