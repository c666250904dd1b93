import {
  AgentListSchema,
  AgentSchema,
  ApprovalListSchema,
  ApprovalSchema,
  AuditListSchema,
  CreatedTokenSchema,
  MessageListSchema,
  SessionListSchema,
  SessionSchema,
  StatusSchema,
  TokenListSchema,
  TokenSchema,
  callApi,
  type CallOptions,
  type HttpOptions,
} from '@oxios/sdk-client';
import type { ResultAsync } from 'neverthrow';
import { z } from 'zod';
import type { CliError } from '../../errors/cli-error.js';
import { fromClientError } from '../../errors/from-client-error.js';
import type { Backend, BackendMode } from '../backend.js';
import { remoteConversation, type RemoteCall } from './remote-conversation.js';
import { remoteExtensions } from './remote-extensions.js';

/** Options for {@link createRemoteBackend}. */
export interface RemoteBackendOptions {
  readonly http: HttpOptions;
  readonly mode: Extract<BackendMode, 'local-server' | 'remote'>;
  /** OXIOS_HOME when the server is the local one (shown by `status`). */
  readonly home: string | null;
  /** Aborts every call (Ctrl-C). */
  readonly signal?: AbortSignal;
}

const DeletedSchema = z.object({ deleted: z.literal(true) });
const path = (...parts: string[]) => parts.map((part) => encodeURIComponent(part)).join('/');

/** The {@link Backend} over the HTTP API of a running server. */
export function createRemoteBackend(options: RemoteBackendOptions): Backend {
  const { http, signal } = options;
  const call: RemoteCall = <Schema extends z.ZodType>(
    request: CallOptions<Schema>,
    interruptible = true,
  ): ResultAsync<z.infer<Schema>, CliError> =>
    callApi(http, { ...request, ...(signal && interruptible ? { signal } : {}) }).mapErr((error) =>
      fromClientError(error, http.baseUrl),
    );
  const get = <Schema extends z.ZodType>(
    route: string,
    response: Schema,
    query?: CallOptions<Schema>['query'],
  ): ResultAsync<z.infer<Schema>, CliError> =>
    call({ method: 'GET', path: route, response, ...(query ? { query } : {}) });

  const countAgents = (status: 'running' | 'idle') =>
    get('/api/agents', AgentListSchema, { status, limit: 500 }).map((page) => page.items.length);

  return {
    mode: options.mode,
    location: http.baseUrl,
    status: () =>
      get('/api/status', StatusSchema).andThen((status) =>
        countAgents('running').andThen((running) =>
          countAgents('idle').map((idle) => ({
            mode: options.mode,
            home: options.home,
            server: {
              url: http.baseUrl,
              version: status.version,
              startedAt: status.startedAt,
              uptimeSeconds: status.uptimeSeconds,
            },
            caller: status.caller,
            agents: { running, idle },
          })),
        ),
      ),
    tokens: {
      list: () => get('/api/tokens', TokenListSchema),
      create: (request) => call({ method: 'POST', path: '/api/tokens', body: request, response: CreatedTokenSchema }),
      revoke: (id) => call({ method: 'DELETE', path: `/api/tokens/${path(id)}`, response: TokenSchema }),
    },
    sessions: {
      list: (query) => get('/api/sessions', SessionListSchema, { ...query }),
      get: (id) => get(`/api/sessions/${path(id)}`, SessionSchema),
      messages: (id, query = {}) => get(`/api/sessions/${path(id)}/messages`, MessageListSchema, { ...query }),
      remove: (id) => call({ method: 'DELETE', path: `/api/sessions/${path(id)}`, response: DeletedSchema }),
      ...remoteConversation(call, signal),
    },
    agents: {
      list: (query) => get('/api/agents', AgentListSchema, { ...query }),
      kill: (id) => call({ method: 'POST', path: `/api/agents/${path(id)}/kill`, response: AgentSchema }),
    },
    audit: {
      query: (filter) =>
        get('/api/audit', AuditListSchema, {
          limit: filter.limit,
          cursor: filter.cursor,
          subject: filter.subject,
          action: filter.action,
          agentId: filter.agentId,
          since: filter.since,
          allowed: filter.deniedOnly ? 'false' : undefined,
        }),
    },
    approvals: {
      list: (query) => get('/api/approvals', ApprovalListSchema, { ...query }),
      decide: (id, decision, note) =>
        call({
          method: 'POST',
          path: `/api/approvals/${path(id)}/${decision}`,
          body: note === undefined ? {} : { note },
          response: ApprovalSchema,
        }),
    },
    ...remoteExtensions(call, http.baseUrl),
    close: () => Promise.resolve(),
  };
}
