/**
 * @oxios/sdk-client — the Oxios HTTP API contract and a typed client.
 *
 * The zod schemas here are the single source of truth: the server validates with them and
 * generates its OpenAPI document from them.
 */

// schemas
export {
  ErrorBodySchema,
  IdSchema,
  PageQuerySchema,
  TimestampSchema,
  pageSchema,
  type ErrorBody,
  type PageQuery,
} from './schemas/common.js';
export { HealthSchema, ReadySchema, StatusSchema, type Health, type Ready, type Status } from './schemas/health.js';
export {
  CallerSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  LogoutResponseSchema,
  RoleSchema,
  type Caller,
  type LoginRequest,
  type LoginResponse,
  type LogoutResponse,
  type Role,
} from './schemas/auth.js';
export {
  CreatedTokenSchema,
  CreateTokenRequestSchema,
  TokenListSchema,
  TokenSchema,
  type CreatedToken,
  type CreateTokenRequest,
  type Token,
  type TokenList,
} from './schemas/tokens.js';

export {
  CreateSessionRequestSchema,
  MessageListQuerySchema,
  MessageListSchema,
  MessageSchema,
  SessionListQuerySchema,
  SessionListSchema,
  SessionDeletedSchema,
  SessionCancelledSchema,
  SessionParamsSchema,
  SessionSchema,
  SessionStatusSchema,
  CriterionOutcomeSchema,
  SendMessageQuerySchema,
  SendMessageRequestSchema,
  SendMessageResponseSchema,
  SessionReplySchema,
  type CriterionOutcome,
  type SendMessageRequest,
  type SendMessageResponse,
  type SessionReply,
  type CreateSessionRequest,
  type Message,
  type MessageList,
  type MessageListQuery,
  type Session,
  type SessionDeleted,
  type SessionCancelled,
  type SessionList,
  type SessionListQuery,
} from './schemas/sessions.js';
export {
  AgentListQuerySchema,
  AgentListSchema,
  AgentParamsSchema,
  AgentSchema,
  AgentStatusSchema,
  SchedulerSchema,
  TaskListQuerySchema,
  TaskListSchema,
  TaskSchema,
  TaskStatusSchema,
  type TaskList,
  type TaskListQuery,
  type Agent,
  type AgentList,
  type AgentListQuery,
  type AgentStatus,
  type Scheduler,
  type Task,
} from './schemas/agents.js';
export {
  ConfigUpdateRequestSchema,
  ConfigUpdateResponseSchema,
  ConfigViewSchema,
  type ConfigUpdateRequest,
  type ConfigUpdateResponse,
  type ConfigView,
} from './schemas/config.js';

export {
  AgentPermissionsInputSchema,
  AgentPermissionsSchema,
  ApprovalDecisionSchema,
  ApprovalListQuerySchema,
  ApprovalListSchema,
  ApprovalParamsSchema,
  ApprovalSchema,
  ApprovalStatusSchema,
  AssignRoleRequestSchema,
  AuditEntrySchema,
  AuditListSchema,
  AuditQuerySchema,
  RoleAssignmentSchema,
  RoleListSchema,
  RoleRemovedSchema,
  UserParamsSchema,
  type AgentPermissions,
  type AgentPermissionsInput,
  type Approval,
  type ApprovalDecision,
  type ApprovalList,
  type ApprovalListQuery,
  type ApprovalStatus,
  type AuditEntry,
  type AuditList,
  type AuditQuery,
  type RoleAssignment,
  type RoleList,
  type RoleRemoved,
} from './schemas/access.js';
export { OpenApiDocumentSchema, type OpenApiDocument } from './schemas/meta.js';
export {
  CONTAINER_NAME_PATTERN,
  ContainerNameSchema,
  NameParamsSchema,
  SEED_ID_PATTERN,
  SeedIdSchema,
  SLUG_NAME_PATTERN,
  SlugIdParamsSchema,
  SlugNameSchema,
} from './schemas/names.js';
export {
  AcceptanceCriterionSchema,
  CriterionEvaluationSchema,
  EvaluationListSchema,
  EvaluationSchema,
  EvaluationSummarySchema,
  LineageGenerationSchema,
  LineageSchema,
  SeedExecutionSchema,
  SeedListQuerySchema,
  SeedListSchema,
  SeedParamsSchema,
  SeedRecordSchema,
  SeedSchema,
  type Evaluation,
  type EvaluationList,
  type EvaluationSummary,
  type Lineage,
  type LineageGeneration,
  type Seed,
  type SeedExecution,
  type SeedList,
  type SeedListQuery,
  type SeedRecord,
} from './schemas/seeds.js';
export {
  InstallProgramRequestSchema,
  ProgramDetailSchema,
  ProgramListSchema,
  ProgramRemovedSchema,
  ProgramSchema,
  ProgramSourceSchema,
  ProgramToolSchema,
  type InstallProgramRequest,
  type Program,
  type ProgramDetail,
  type ProgramList,
  type ProgramRemoved,
} from './schemas/programs.js';
export {
  CreateSkillRequestSchema,
  RemovedSchema,
  SkillListSchema,
  SkillRequirementsSchema,
  SkillSchema,
  SkillSummarySchema,
  UpdateSkillRequestSchema,
  type CreateSkillRequest,
  type Removed,
  type Skill,
  type SkillList,
  type SkillSummary,
  type UpdateSkillRequest,
} from './schemas/skills.js';
export {
  CreatePersonaRequestSchema,
  PersonaListSchema,
  PersonaSchema,
  SessionPersonaRequestSchema,
  UpdatePersonaRequestSchema,
  type CreatePersonaRequest,
  type Persona,
  type PersonaList,
  type SessionPersonaRequest,
  type UpdatePersonaRequest,
} from './schemas/personas.js';
export {
  MemoryKindSchema,
  MemoryListQuerySchema,
  MemoryNoteListSchema,
  MemoryNoteSchema,
  MemoryNoteSummarySchema,
  MemorySearchHitSchema,
  MemorySearchQuerySchema,
  MemorySearchResultSchema,
  WriteMemoryNoteRequestSchema,
  type MemoryKind,
  type MemoryListQuery,
  type MemoryNote,
  type MemoryNoteList,
  type MemoryNoteSummary,
  type MemorySearchHit,
  type MemorySearchQuery,
  type MemorySearchResult,
  type WriteMemoryNoteRequest,
} from './schemas/memory.js';
export {
  ContainerExecRequestSchema,
  ContainerExecResultSchema,
  ContainerListSchema,
  ContainerParamsSchema,
  ContainerProbeSchema,
  ContainerRemovedSchema,
  ContainerSchema,
  CreateContainerRequestSchema,
  RemoveContainerQuerySchema,
  type Container,
  type ContainerExecRequest,
  type ContainerExecResult,
  type ContainerList,
  type ContainerProbe,
  type ContainerRemoved,
  type CreateContainerRequest,
} from './schemas/containers.js';
export {
  FileContentQuerySchema,
  FileContentSchema,
  FileEntrySchema,
  FileTreeQuerySchema,
  FileTreeSchema,
  FileWrittenSchema,
  WorkspacePathSchema,
  WriteFileRequestSchema,
  type FileContent,
  type FileEntry,
  type FileTree,
  type FileWritten,
  type WriteFileRequest,
} from './schemas/files.js';
export { HostToolReportSchema, HostToolSchema, type HostToolReport } from './schemas/host-tools.js';
export { UsageQuerySchema, UsageSchema, UsageTotalsSchema, type Usage, type UsageQuery } from './schemas/usage.js';
export {
  McpServerListSchema,
  McpServerSchema,
  McpServerStateSchema,
  McpToolSchema,
  type McpServer,
  type McpServerList,
} from './schemas/mcp.js';
export {
  A2A_ERROR_CODES,
  A2aAgentCardSchema,
  A2aAgentSkillSchema,
  A2aArtifactSchema,
  A2aDataPartSchema,
  A2aFilePartSchema,
  A2aMessageSchema,
  A2aMessageSendParamsSchema,
  A2aPartSchema,
  A2aRequestSchema,
  A2aResponseSchema,
  A2aTaskQueryParamsSchema,
  A2aTaskSchema,
  A2aTaskStateSchema,
  A2aTaskStatusSchema,
  A2aTextPartSchema,
  JsonRpcErrorSchema,
  JsonRpcIdSchema,
  JsonRpcRequestSchema,
  type A2aAgentCard,
  type A2aArtifact,
  type A2aMessage,
  type A2aMessageSendParams,
  type A2aPart,
  type A2aRequest,
  type A2aResponse,
  type A2aTask,
  type A2aTaskQueryParams,
  type A2aTaskState,
  type A2aTaskStatus,
  type JsonRpcError,
  type JsonRpcId,
} from './schemas/a2a.js';

// client
export type { ClientError } from './client/client-error.js';
export { callApi, type CallOptions, type HttpOptions } from './client/http.js';
export { createOxiosClient, type OxiosClient } from './client/create-client.js';
export type { AuthApi } from './client/resources/auth-api.js';
export type { TokensApi } from './client/resources/tokens-api.js';
export type { SessionsApi } from './client/resources/sessions-api.js';
export type { AgentsApi, SchedulerApi } from './client/resources/agents-api.js';
export type { ConfigApi } from './client/resources/config-api.js';
export type { ApprovalsApi, AuditApi, RolesApi } from './client/resources/access-api.js';
export type { SeedsApi } from './client/resources/seeds-api.js';
export type { ProgramsApi } from './client/resources/programs-api.js';
export type { SkillsApi } from './client/resources/skills-api.js';
export type { PersonasApi } from './client/resources/personas-api.js';
export type { MemoryApi } from './client/resources/memory-api.js';
export type { ContainersApi } from './client/resources/containers-api.js';
export type { FilesApi } from './client/resources/files-api.js';
export type { HostToolsApi } from './client/resources/host-tools-api.js';
export type { UsageApi } from './client/resources/usage-api.js';
export type { McpApi } from './client/resources/mcp-api.js';
export type { A2aApi, A2aClientError } from './client/resources/a2a-api.js';
export { CSRF_COOKIE_NAME, documentCsrfToken, readCookie, type SessionAuth } from './client/session-auth.js';
export { createSseParser, type ServerSentEvent } from './client/sse-parser.js';
export { subscribe, type SubscribeOptions } from './client/subscribe.js';
