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
  BackendError,
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
  NotRunningError,
  PathDeniedError,
  PermissionDeniedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  SystemNotRunningError,
  TimeoutError,
  UnavailableError,
} from './errors/kernel-error.js';
export {
  abortedError,
  alreadyExists,
  backendError,
  configInvalid,
  configParse,
  internalError,
  invalidArgument,
  invalidState,
  ioError,
  notFound,
  notRunning,
  pathDenied,
  permissionDenied,
  storeError,
  storeLocked,
  storeSchemaNewer,
  systemNotRunning,
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

// containers
export {
  CONTAINER_BACKEND_SETTINGS,
  DEFAULT_IMAGE_SETTING,
  type ContainerSection,
} from './config/sections/container.js';
export type { BackendKind, ContainerBackend, ListOptions, OperationOptions } from './containers/container-backend.js';
export {
  LIMIT_NAMES,
  NO_ENFORCEMENT,
  type BackendEnforcement,
  type BackendProbe,
  type IsolationLevel,
  type LimitEnforcement,
  type LimitName,
} from './containers/backend-probe.js';
export {
  WORKSPACE_MOUNT_PATH,
  type ImageSpec,
  type SandboxInfo,
  type SandboxLimits,
  type SandboxMount,
  type SandboxSpec,
  type SandboxState,
} from './containers/sandbox-spec.js';
export type { ExecOptions, ExecResult } from './containers/exec-types.js';
export type {
  ContainerAccess,
  ContainerAccessContext,
  ContainerAccessRequest,
  ContainerAction,
  ContainerActor,
  ContainerAuditEntry,
  ContainerOperation,
} from './containers/container-access.js';
export { CONTAINER_NAME_PATTERN, validateContainerName } from './containers/container-name.js';
export { CONTAINERS_DIRECTORY, containerPaths, type ContainerPaths } from './containers/container-paths.js';
export { createHostBackend, type HostBackendOptions } from './containers/host-backend.js';
export { selectContainerBackend, type BackendFactory, type SelectBackendOptions } from './containers/select-backend.js';
export { limitsFromConfig } from './containers/limits-from-config.js';
export { describeProbe } from './containers/describe-probe.js';
export {
  createContainerManager,
  type ContainerManager,
  type ContainerManagerOptions,
  type RemoveContainerOptions,
} from './containers/container-manager.js';
export type { CreateContainerRequest } from './containers/manager-create.js';
export type { ContainerExecOptions } from './containers/manager-exec.js';
export {
  createContainerRepository,
  type ContainerRecord,
  type ContainerRepository,
  type ContainerStatus,
  type ContainerUpdate,
} from './store/repositories/container-repository.js';
