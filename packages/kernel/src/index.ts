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
  InternalError,
  InvalidArgumentError,
  InvalidStateError,
  IoError,
  KernelError,
  KernelErrorCode,
  NotFoundError,
  PathDeniedError,
  PermissionDeniedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  TimeoutError,
  UnavailableError,
} from './errors/kernel-error.js';
export {
  abortedError,
  alreadyExists,
  approvalExpired,
  approvalRejected,
  configInvalid,
  configParse,
  internalError,
  invalidArgument,
  invalidState,
  ioError,
  notFound,
  pathDenied,
  permissionDenied,
  storeError,
  storeLocked,
  storeSchemaNewer,
  timeoutError,
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
export type { AccessSection, AgentDefaultsSection } from './config/sections/access.js';
export { loadConfig, CONFIG_FILE_NAME, type LoadConfigOptions } from './config/load-config.js';
export { parseConfig, validateConfig } from './config/parse-config.js';
export { ENV_OVERRIDES, type Environment } from './config/env-overrides.js';
export { resolveHome, ensureHome } from './config/home.js';
export { DEFAULT_CONFIG_TOML } from './config/default-config-toml.js';
export { redactSecrets, REDACTED } from './config/redact-secrets.js';

// events
export { createEventBus, type EventBus, type EventBusOptions } from './events/event-bus.js';
export type { BusEvent, EventSubscription, Published, SubscribeOptions } from './events/types.js';

// store
export type { Store } from './store/store.js';
export { openStore, DATABASE_FILE_NAME, LOCK_FILE_NAME, type OpenStoreOptions } from './store/open-store.js';
export { SCHEMA_VERSION, type Migration } from './store/migrations/index.js';
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
