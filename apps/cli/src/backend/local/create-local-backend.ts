import { createAppleBackend } from '@oxios/container-apple';
import { createBwrapBackend } from '@oxios/container-bwrap';
import type { AccessManager, Environment, KernelError, OxiosConfig, Role } from '@oxios/kernel';
import { CreateTokenRequestSchema } from '@oxios/sdk-client';
import { ok, okAsync, type Result, type ResultAsync } from 'neverthrow';
import type { CliError } from '../../errors/cli-error.js';
import { fromKernelError } from '../../errors/from-kernel-error.js';
import type { Backend } from '../backend.js';
import { localExtensions } from './local-extensions.js';
import { LOCAL_SUBJECT, LOCAL_USER, openLocalStore } from './open-local-store.js';
import {
  toApiAgent,
  toApiApproval,
  toApiAuditEntry,
  toApiMessage,
  toApiPage,
  toApiReply,
  toApiSession,
  toApiToken,
} from './to-api.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const RANK: Record<Role, number> = { user: 1, superuser: 2, admin: 3 };

/** Runs kernel work when the ResultAsync is consumed, reporting its error as the CLI does. */
const lift = <T>(work: () => Result<T, KernelError>): ResultAsync<T, CliError> =>
  okAsync(undefined).andThen(() => work().mapErr(fromKernelError));

/** Token roles map onto RBAC roles (as the server does): the user's role is raised, never lowered. */
function grantTokenRole(access: AccessManager, userName: string, role: Role): Result<void, KernelError> {
  const user = `user:${userName}` as const;
  return access
    .roleOf(user)
    .andThen((current) =>
      current !== null && RANK[current] >= RANK[role]
        ? ok(undefined)
        : access.assignRole(user, role, { by: LOCAL_SUBJECT }).map(() => undefined),
    );
}

/** Options of {@link createLocalBackend}. */
export interface LocalBackendOptions {
  readonly version: string;
  /** Where LLM API keys are read from. */
  readonly env: Environment;
  /** Ctrl-C: aborts the orchestrator's work (the session becomes interrupted) and long operations. */
  readonly signal?: AbortSignal;
}

/** The {@link Backend} over an embedded kernel on this machine's OXIOS_HOME, acting as the admin. */
export function createLocalBackend(config: OxiosConfig, options: LocalBackendOptions): Backend {
  const { signal } = options;
  const local = openLocalStore(config, {
    version: options.version,
    env: options.env,
    // The same sandboxes a server on this machine offers; `[container] backend` picks.
    containerBackends: {
      bwrap: () => createBwrapBackend({ hide: [config.home] }),
      apple: () => createAppleBackend(),
    },
  });
  const read = () => local.reader();
  const write = () => local.writer();
  const countAgents = (status: 'running' | 'idle') =>
    read().andThen((reader) => reader.agents.list({ status, limit: 500 }).map((page) => page.items.length));

  return {
    mode: 'embedded',
    location: config.home,
    status: () =>
      lift(() =>
        countAgents('running').andThen((running) =>
          countAgents('idle').map((idle) => ({
            mode: 'embedded' as const,
            home: config.home,
            server: null,
            caller: { userName: 'admin', role: 'admin' },
            agents: { running, idle },
          })),
        ),
      ),
    tokens: {
      list: () =>
        lift(() =>
          read()
            .andThen((reader) => reader.tokens.list())
            .map((records) => ({ items: records.map(toApiToken) })),
        ),
      create: (request) =>
        lift(() => {
          const body = CreateTokenRequestSchema.parse(request);
          return write().andThen((kernel) =>
            kernel.tokens
              .create({
                name: body.name,
                userName: body.userName ?? body.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
                role: body.role,
                ...(body.expiresInDays === undefined ? {} : { expiresAt: Date.now() + body.expiresInDays * DAY_MS }),
              })
              .andThen((created) =>
                grantTokenRole(kernel.access, created.record.userName, created.record.role).map(() => ({
                  token: created.token,
                  record: toApiToken(created.record),
                })),
              ),
          );
        }),
      revoke: (id) =>
        lift(() =>
          write()
            .andThen((kernel) => kernel.tokens.revoke(id))
            .map(toApiToken),
        ),
    },
    sessions: {
      list: (query) =>
        lift(() =>
          read()
            .andThen((reader) => reader.sessions.list(query))
            .map((page) => toApiPage(page, toApiSession)),
        ),
      get: (id) =>
        lift(() =>
          read()
            .andThen((reader) => reader.sessions.get(id))
            .map(toApiSession),
        ),
      messages: (id, query = {}) =>
        lift(() =>
          read()
            .andThen((reader) => reader.sessions.get(id).andThen(() => reader.sessions.messages(id, query)))
            .map((messages) => ({ items: messages.map(toApiMessage) })),
        ),
      remove: (id) =>
        lift(() =>
          write()
            .andThen((kernel) => kernel.sessions.remove(id))
            .map(() => ({ deleted: true as const })),
        ),
      create: (request) =>
        lift(() =>
          write().andThen((kernel) =>
            kernel.sessions
              .create({ userId: LOCAL_USER, ...(request.title === undefined ? {} : { title: request.title }) })
              .map((session) => {
                kernel.bus.publish({ type: 'session-created', sessionId: session.id, userId: session.userId });
                return toApiSession(session);
              }),
          ),
        ),
      send: (id, text, sendOptions = {}) =>
        lift(write)
          .andThen((kernel) =>
            kernel.orchestrator
              .handle({
                sessionId: id,
                userId: LOCAL_USER,
                text,
                ...(sendOptions.force === undefined ? {} : { force: sendOptions.force }),
                ...(signal ? { signal } : {}),
              })
              .mapErr(fromKernelError),
          )
          .map(toApiReply),
      resume: (id) =>
        lift(write)
          .andThen((kernel) =>
            kernel.orchestrator
              .resume({ sessionId: id, userId: LOCAL_USER, ...(signal ? { signal } : {}) })
              .mapErr(fromKernelError),
          )
          .map(toApiReply),
    },
    agents: {
      list: (query) =>
        lift(() =>
          read()
            .andThen((reader) => reader.agents.list(query))
            .map((page) => toApiPage(page, toApiAgent)),
        ),
      kill: (id) =>
        lift(() =>
          write().andThen((kernel) =>
            kernel.supervisor.get(id).andThen(() => kernel.supervisor.kill(id, 'killed by admin')),
          ),
        ).map(toApiAgent),
    },
    audit: {
      query: (filter) =>
        lift(() =>
          read()
            .andThen((reader) =>
              reader.access.audit.query({
                ...(filter.limit === undefined ? {} : { limit: filter.limit }),
                ...(filter.cursor === undefined ? {} : { cursor: filter.cursor }),
                ...(filter.subject === undefined ? {} : { subject: filter.subject }),
                ...(filter.agentId === undefined ? {} : { subject: `agent:${filter.agentId}` }),
                ...(filter.action === undefined ? {} : { action: filter.action }),
                ...(filter.deniedOnly ? { allowed: false } : {}),
                ...(filter.since === undefined ? {} : { since: Date.parse(filter.since) }),
              }),
            )
            .map((page) => toApiPage(page, toApiAuditEntry)),
        ),
    },
    approvals: {
      list: (query) =>
        lift(() =>
          read()
            .andThen((reader) => reader.access.approvals.list(query))
            .map((page) => toApiPage(page, toApiApproval)),
        ),
      decide: (id, decision, note) =>
        lift(() => write().andThen((kernel) => kernel.access.approvals[decision](id, LOCAL_SUBJECT, note))).map(
          toApiApproval,
        ),
    },
    ...localExtensions(local, signal),
    close: () => local.close(),
  };
}
