import type { ResultAsync } from 'neverthrow';
import { HealthSchema, ReadySchema, StatusSchema, type Health, type Ready, type Status } from '../schemas/health.js';
import { OpenApiDocumentSchema, type OpenApiDocument } from '../schemas/meta.js';
import type { ClientError } from './client-error.js';
import { callApi, type HttpOptions } from './http.js';
import {
  createApprovalsApi,
  createAuditApi,
  createRolesApi,
  type ApprovalsApi,
  type AuditApi,
  type RolesApi,
} from './resources/access-api.js';
import { createAgentsApi, createSchedulerApi, type AgentsApi, type SchedulerApi } from './resources/agents-api.js';
import { createAuthApi, type AuthApi } from './resources/auth-api.js';
import { createConfigApi, type ConfigApi } from './resources/config-api.js';
import { createSessionsApi, type SessionsApi } from './resources/sessions-api.js';
import { withSignal } from './resources/signal.js';
import { createTokensApi, type TokensApi } from './resources/tokens-api.js';
import { createContainersApi, type ContainersApi } from './resources/containers-api.js';
import { createFilesApi, type FilesApi } from './resources/files-api.js';
import { createHostToolsApi, type HostToolsApi } from './resources/host-tools-api.js';
import { createMemoryApi, type MemoryApi } from './resources/memory-api.js';
import { createPersonasApi, type PersonasApi } from './resources/personas-api.js';
import { createProgramsApi, type ProgramsApi } from './resources/programs-api.js';
import { createSeedsApi, type SeedsApi } from './resources/seeds-api.js';
import { createSkillsApi, type SkillsApi } from './resources/skills-api.js';
import { createUsageApi, type UsageApi } from './resources/usage-api.js';
import { createA2aApi, type A2aApi } from './resources/a2a-api.js';
import { createMcpApi, type McpApi } from './resources/mcp-api.js';

/** The typed Oxios API client. Every method returns a `ResultAsync`; nothing throws. */
export interface OxiosClient {
  /** `GET /health` (public). */
  health(signal?: AbortSignal): ResultAsync<Health, ClientError>;
  /** `GET /ready` (public). */
  ready(signal?: AbortSignal): ResultAsync<Ready, ClientError>;
  /** `GET /api/status`. */
  status(signal?: AbortSignal): ResultAsync<Status, ClientError>;
  /** `GET /openapi.json` (public): which routes this server has. */
  openApi(signal?: AbortSignal): ResultAsync<OpenApiDocument, ClientError>;
  readonly auth: AuthApi;
  readonly tokens: TokensApi;
  readonly sessions: SessionsApi;
  readonly agents: AgentsApi;
  readonly scheduler: SchedulerApi;
  readonly config: ConfigApi;
  readonly audit: AuditApi;
  readonly approvals: ApprovalsApi;
  readonly roles: RolesApi;
  readonly seeds: SeedsApi;
  readonly programs: ProgramsApi;
  readonly skills: SkillsApi;
  readonly personas: PersonasApi;
  readonly memory: MemoryApi;
  readonly containers: ContainersApi;
  readonly files: FilesApi;
  readonly hostTools: HostToolsApi;
  readonly usage: UsageApi;
  readonly mcp: McpApi;
  /** The A2A protocol: agent card, `message/send`, `tasks/get` (JSON-RPC errors are `code: 'rpc'`). */
  readonly a2a: A2aApi;
}

/**
 * Creates a client for the server at `options.baseUrl`, authenticating with `options.token`, or
 * in a browser with the dashboard's session cookie (`options.session`).
 */
export function createOxiosClient(options: HttpOptions): OxiosClient {
  return {
    health: (signal) =>
      callApi(options, { method: 'GET', path: '/health', response: HealthSchema, ...withSignal(signal) }),
    ready: (signal) =>
      callApi(options, { method: 'GET', path: '/ready', response: ReadySchema, ...withSignal(signal) }),
    status: (signal) =>
      callApi(options, { method: 'GET', path: '/api/status', response: StatusSchema, ...withSignal(signal) }),
    openApi: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/openapi.json',
        response: OpenApiDocumentSchema,
        ...withSignal(signal),
      }),
    auth: createAuthApi(options),
    tokens: createTokensApi(options),
    sessions: createSessionsApi(options),
    agents: createAgentsApi(options),
    scheduler: createSchedulerApi(options),
    config: createConfigApi(options),
    audit: createAuditApi(options),
    approvals: createApprovalsApi(options),
    roles: createRolesApi(options),
    seeds: createSeedsApi(options),
    programs: createProgramsApi(options),
    skills: createSkillsApi(options),
    personas: createPersonasApi(options),
    memory: createMemoryApi(options),
    containers: createContainersApi(options),
    files: createFilesApi(options),
    hostTools: createHostToolsApi(options),
    usage: createUsageApi(options),
    mcp: createMcpApi(options),
    a2a: createA2aApi(options),
  };
}
