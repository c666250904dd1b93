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
  BudgetExceededError,
  BudgetLimit,
  CircuitOpenError,
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
  IoError,
  KernelError,
  KernelErrorCode,
  LlmError,
  LlmNotConfiguredError,
  LlmReplyInvalidError,
  LlmTimeoutError,
  McpError,
  McpOperation,
  NotFoundError,
  OverloadedError,
  NotRunningError,
  PathDeniedError,
  PermissionDeniedError,
  RateLimitedError,
  StoreError,
  StoreLockedError,
  StoreSchemaNewerError,
  SystemNotRunningError,
  TimeoutError,
  UnauthenticatedError,
  UnavailableError,
  UnsafeContentError,
} from './errors/kernel-error.js';
export {
  abortedError,
  alreadyExists,
  approvalExpired,
  approvalRejected,
  budgetExceeded,
  circuitOpen,
  backendError,
  configInvalid,
  configParse,
  contentInvalid,
  execDenied,
  execFailed,
  installFailed,
  internalError,
  invalidArgument,
  invalidState,
  ioError,
  llmError,
  llmNotConfigured,
  llmRateLimited,
  llmReplyInvalid,
  llmTimeout,
  mcpError,
  notFound,
  overloaded,
  notRunning,
  pathDenied,
  permissionDenied,
  rateLimited,
  storeError,
  storeLocked,
  storeSchemaNewer,
  systemNotRunning,
  timeoutError,
  unauthenticated,
  unavailable,
  unsafeContent,
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
export type { ProgramsSection } from './config/sections/programs.js';
export type { MemorySection } from './config/sections/memory.js';
export type { PersonasSection } from './config/sections/personas.js';
export type { AccessSection, AgentDefaultsSection } from './config/sections/access.js';
export {
  LLM_PROVIDER_KINDS,
  type LlmBudget,
  type LlmModelEntry,
  type LlmProviderEntry,
  type LlmProviderKind,
  type LlmSection,
} from './config/sections/llm.js';
export { loadConfig, CONFIG_FILE_NAME, type LoadConfigOptions } from './config/load-config.js';
export { parseConfig, validateConfig } from './config/parse-config.js';
export { ENV_OVERRIDES, type Environment } from './config/env-overrides.js';
export { resolveHome, ensureHome } from './config/home.js';
export { DEFAULT_CONFIG_TOML } from './config/default-config-toml.js';
export { redactSecrets, REDACTED } from './config/redact-secrets.js';

// kernel
export { createKernel, type CreateKernelOptions, type Kernel } from './kernel.js';
export { createExtensions, startExtensions, type Extensions, type ExtensionsOptions } from './create-extensions.js';

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
export { createSettingsRepository, type SettingsRepository } from './store/repositories/settings-repository.js';

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
  ExecOptions as AgentExecOptions,
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

// names that become paths: one rule per kind, shared with the server
export { defineNameRule, SLUG_PATTERN, type NameRule } from './content/name-rule.js';
export { resolveUnderRoot } from './content/resolve-under-root.js';

// programs
export { PROGRAM_NAME_RULE, validateProgramName } from './programs/program-name.js';
export {
  createProgramManager,
  PROGRAM_DEFAULTS_SETTING,
  type ProgramManagerOptions,
} from './programs/create-program-manager.js';
export type {
  HostRequirementsCheck,
  Program,
  ProgramInfo,
  ProgramManager,
  ProgramOperationOptions,
  ProgramMcpServerDeclaration,
  ProgramSkillText,
  ProgramSource,
} from './programs/types.js';
export {
  ProgramArgumentSchema,
  ProgramManifestSchema,
  ProgramMcpServerSchema,
  ProgramToolSchema,
  type ProgramArgument,
  type ProgramManifest,
  type ProgramMcpServer,
  type ProgramToolDefinition,
} from './programs/program-manifest.js';
export type { PreparedProgramCommand, ProgramToolDescriptor } from './programs/tools/tool-descriptor.js';
export type { JsonSchemaObject, JsonSchemaProperty } from './programs/tools/arguments-schema.js';
export type { ArgumentValue } from './programs/tools/argv-template.js';
export type {
  ProgramEvent,
  ProgramInstalledEvent,
  ProgramToggledEvent,
  ProgramUninstalledEvent,
} from './programs/program-events.js';
export { validateGitRef, validateGitUrl } from './programs/install/validate-git-url.js';
export { validateTarballUrl } from './programs/install/download-tarball.js';

// skills
export { SKILL_NAME_RULE, validateSkillName } from './skills/skill-name.js';
export {
  createSkillStore,
  SKILL_DEFAULTS_SETTING,
  type SkillStore,
  type SkillStoreOptions,
} from './skills/create-skill-store.js';
export {
  MAX_SKILL_BYTES,
  SkillFrontmatterSchema,
  SkillInputSchema,
  SkillRequirementsSchema,
  type Skill,
  type SkillInput,
  type SkillRequirements,
  type SkillSummary,
  type SkillText,
} from './skills/skill-schema.js';

// personas
export { PERSONA_ID_RULE, validatePersonaId } from './personas/persona-id.js';
export {
  createPersonaManager,
  PERSONA_DEFAULT_SETTING,
  PERSONA_DEFAULTS_SETTING,
  type PersonaManagerOptions,
} from './personas/create-persona-manager.js';
export type { PersonaManager } from './personas/types.js';
export {
  FALLBACK_PERSONA,
  MAX_SYSTEM_PROMPT_LENGTH,
  PersonaFrontmatterSchema,
  PersonaInputSchema,
  PersonaUpdateSchema,
  type Persona,
  type PersonaInput,
  type PersonaUpdate,
} from './personas/persona-schema.js';
export type {
  PersonaDefaultChangedEvent,
  PersonaEvent,
  SessionPersonaChangedEvent,
} from './personas/persona-events.js';
export {
  createPromptResolver,
  type PromptInput,
  type PromptResolver,
  type PromptResolverOptions,
} from './personas/create-prompt-resolver.js';
export { renderSystemPrompt } from './personas/render-system-prompt.js';

// memory
export { MEMORY_NOTE_ID_RULE, validateMemoryNoteId } from './memory/memory-note-id.js';
export { MEMORY_USER_ID_RULE, validateMemoryUserId } from './memory/memory-user-id.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory/create-memory-store.js';
export type { MemoryStore, ReindexReport } from './memory/types.js';
export {
  MEMORY_KINDS,
  MemoryNoteFrontmatterSchema,
  MemoryReadArgsSchema,
  MemorySearchArgsSchema,
  MemoryWriteArgsSchema,
  type MemoryKind,
  type MemoryNote,
  type MemoryNoteSummary,
  type MemorySearchHit,
  type MemorySearchInput,
  type MemoryWriteInput,
} from './memory/memory-schema.js';
export { createMemoryTools, type MemoryTool, type MemoryToolContext } from './memory/memory-tools.js';
export { toFtsQuery } from './memory/to-fts-query.js';
export type { MemoryEvent, MemoryNoteDeletedEvent, MemoryNoteWrittenEvent } from './memory/memory-events.js';
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

// runtime: LLM engine
export { createLlmEngine, type LlmEngineOptions } from './runtime/llm/create-llm-engine.js';
export type {
  LlmAttribution,
  LlmCompleteRequest,
  LlmEngine,
  LlmMessage,
  LlmRequestObserver,
  LlmRequestOptions,
  LlmRetry,
  LlmStreamFunction,
  StructuredCompletion,
  StructuredCompletionRequest,
} from './runtime/llm/types.js';
export type { LlmEvent } from './runtime/llm/llm-event.js';
export type { CircuitState } from './runtime/llm/circuit-breaker.js';

// runtime: agents and tools
export { createAgentRuntime, type AgentRuntimeOptions } from './runtime/agent/create-agent-runtime.js';
export type {
  AgentRunInput,
  AgentRunResult,
  AgentRuntime,
  RunUsage,
  RuntimeCriterion,
  RuntimePersona,
  RuntimeProgram,
  RuntimeSeed,
  RuntimeSkill,
} from './runtime/agent/types.js';
export type { AgentRuntimeEvent } from './runtime/agent/agent-runtime-event.js';
export type { RuntimeEvent } from './runtime/runtime-event.js';
export {
  buildSystemPrompt,
  buildTaskPrompt,
  type PromptEnvironment,
  type SystemPromptInput,
} from './runtime/agent/build-system-prompt.js';
export { createToolSet, type ToolSetOptions } from './runtime/tools/create-tool-set.js';
export { createMemoryRuntimeTools } from './runtime/tools/memory-runtime-tools.js';
export { createProgramRuntimeTools, type ProgramToolsOptions } from './runtime/tools/program-runtime-tools.js';
export { runInputFromPrompt } from './runtime/agent/run-input-from-prompt.js';
export { defineTool } from './runtime/tools/define-tool.js';
export { truncateOutput, type Truncated } from './runtime/tools/truncate-output.js';
export type { RuntimeTool, ToolContext, ToolDefinition, ToolOutput, ToolProvider } from './runtime/tools/types.js';
export type { ToolAccess } from './runtime/ports/tool-access.js';
export type { SandboxExec, SandboxExecOptions, SandboxExecResult } from './runtime/ports/sandbox-exec.js';
export { containerSandbox, type ContainerSandbox } from './runtime/ports/container-sandbox.js';
export {
  createUsageRepository,
  type ModelUsage,
  type UsageFilter,
  type UsageRecord,
  type UsageRepository,
  type UsageTotals,
} from './store/repositories/usage-repository.js';
export {
  createBufferedUsageRepository,
  type BufferedUsageOptions,
  type BufferedUsageRepository,
} from './store/repositories/buffered-usage-repository.js';
export {
  createAgentRunRepository,
  type AgentRunRecord,
  type AgentRunRepository,
  type AgentRunStatus,
  type SessionRunTotals,
} from './store/repositories/agent-run-repository.js';
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

// orchestrator
export { createOrchestrator } from './orchestrator/create-orchestrator.js';
export type {
  CriterionOutcome,
  Orchestrator,
  OrchestratorDeps,
  OrchestratorReply,
  OrchestratorRequest,
} from './orchestrator/orchestrator-types.js';
export type { OrchestratorEvent } from './orchestrator/orchestrator-events.js';
export { createOuroborosPort, type OuroborosPortOptions } from './orchestrator/ouroboros-port.js';
export { sessionContainerName } from './orchestrator/session-workspace.js';
export { findSessionWorkspace } from './orchestrator/find-session-workspace.js';
export {
  createSessionFiles,
  type SessionFileEntry,
  type SessionFileListing,
  type SessionFileRequest,
  type SessionFiles,
  type SessionFilesOptions,
} from './orchestrator/session-files.js';
export { containerAccessFrom } from './containers/container-access-adapter.js';

// mcp
export {
  DEFAULT_MCP_INHERITED_ENV,
  MCP_SERVER_NAME_PATTERN,
  McpSectionSchema,
  type McpSection,
  type McpServerEntry,
} from './config/sections/mcp.js';
export { createMcpManager, type McpManagerOptions } from './mcp/create-mcp-manager.js';
export { createMcpToolProvider, type McpToolProviderOptions } from './mcp/create-mcp-tool-provider.js';
export { mcpAccessName, mcpWireName } from './mcp/mcp-tool-names.js';
export type { McpEvent, McpServerStateChangedEvent } from './mcp/mcp-events.js';
export type {
  McpCallOptions,
  McpManager,
  McpServerSource,
  McpServerSpec,
  McpServerState,
  McpServerStatus,
  McpToolInfo,
  McpToolResult,
} from './mcp/types.js';

// a2a
export { A2aSectionSchema, type A2aSection } from './config/sections/a2a.js';
export { createA2a, type A2aOptions } from './a2a/create-a2a.js';
export { createA2aTools, type A2aPort } from './a2a/a2a-tools.js';
export { A2A_MESSAGE_TYPES, A2aSendArgumentsSchema, type A2aSendArguments } from './a2a/a2a-send-arguments.js';
export { spawnDelegate, type Delegate, type DelegateDeps } from './a2a/spawn-delegate.js';
export { ORCHESTRATOR_ADDRESS } from './a2a/types.js';
export type {
  A2a,
  A2aEnvelope,
  A2aMessage,
  A2aPriority,
  A2aSender,
  A2aSendOutcome,
  AgentCard,
  CapabilityQueryMessage,
  DelegateTaskMessage,
  HandshakeMessage,
  ReceiveOptions,
  ShareResultMessage,
  StatusUpdateMessage,
} from './a2a/types.js';
export type { A2aCardChangedEvent, A2aEvent, A2aMessageSentEvent } from './a2a/a2a-events.js';

// mcp server
export {
  createOxiosMcpServer,
  type OxiosMcpServer,
  type OxiosMcpServerOptions,
} from './mcp-server/create-oxios-mcp-server.js';
