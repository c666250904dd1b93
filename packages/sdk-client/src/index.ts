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
  TaskSchema,
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
export { CSRF_COOKIE_NAME, documentCsrfToken, readCookie, type SessionAuth } from './client/session-auth.js';
export { createSseParser, type ServerSentEvent } from './client/sse-parser.js';
export { subscribe, type SubscribeOptions } from './client/subscribe.js';
