import { createTaskRepository, type AgentRecord, type TaskRecord } from '@oxios/kernel';
import {
  AgentListQuerySchema,
  AgentListSchema,
  AgentParamsSchema,
  AgentSchema,
  SchedulerSchema,
  TaskListQuerySchema,
  TaskListSchema,
  type Agent,
  type Task,
} from '@oxios/sdk-client';
import { err, ok } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';
import { iso, isoOrNull } from '../http/iso.js';
import { ownerUserName, requireOwner } from '../http/ownership.js';

export function toApiAgent(record: AgentRecord): Agent {
  return { ...record, createdAt: iso(record.createdAt), updatedAt: iso(record.updatedAt) };
}

export function toApiTask(record: TaskRecord): Task {
  return {
    id: record.id,
    kind: record.kind,
    description: record.description,
    priority: record.priority,
    status: record.status,
    statusReason: record.statusReason,
    sessionId: record.sessionId,
    agentId: record.agentId,
    provider: record.provider,
    createdAt: iso(record.createdAt),
    startedAt: isoOrNull(record.startedAt),
    finishedAt: isoOrNull(record.finishedAt),
  };
}

/** The agent process table (list, kill) and the scheduler. */
export function agentRoutes(deps: ServerDeps) {
  const { supervisor, scheduler } = deps.kernel;
  const taskHistory = createTaskRepository(deps.kernel.store);
  /** Whose session a task belongs to (null for tasks without one, which only superusers see). */
  const sessionOwner = (sessionId: string | null): string | null =>
    sessionId === null
      ? null
      : deps.kernel.sessions.get(sessionId).match(
          (session) => session.userId,
          () => null,
        );
  return [
    defineRoute({
      method: 'GET',
      path: '/api/agents',
      access: 'user',
      summary: 'List agents; users see the agents acting for them, superusers and admins see all',
      tags: ['agents'],
      query: AgentListQuerySchema,
      response: AgentListSchema,
      handler: ({ query, caller }) =>
        supervisor
          .list({
            ...(query.limit === undefined ? {} : { limit: query.limit }),
            ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
            ...(query.status === undefined ? {} : { status: query.status }),
            ...(query.sessionId === undefined ? {} : { sessionId: query.sessionId }),
          })
          .map((page) => {
            const everyone = caller !== undefined && hasRole(caller.role, 'superuser');
            const items = page.items
              .filter((agent) => everyone || ownerUserName(agent.owner) === caller?.userName)
              .map(toApiAgent);
            return { items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
          }),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/agents/:id/kill',
      access: 'user',
      summary: 'Kill an agent: its run is aborted and it becomes stopped',
      tags: ['agents'],
      params: AgentParamsSchema,
      response: AgentSchema,
      handler: ({ params, caller }) =>
        supervisor
          .get(params.id)
          .andThen((agent) =>
            caller && hasRole(caller.role, 'superuser')
              ? ok(agent)
              : requireOwner(caller, ownerUserName(agent.owner), 'agent', params.id, agent),
          )
          .andThen(() => supervisor.kill(params.id, `killed by ${caller?.userName ?? 'unknown'}`))
          .map(toApiAgent),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/scheduler',
      access: 'superuser',
      summary: 'Scheduler counters and the live tasks',
      tags: ['agents'],
      response: SchedulerSchema,
      handler: () => ok({ stats: scheduler.stats(), tasks: scheduler.list().map(toApiTask) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/tasks',
      access: 'user',
      summary: 'Task history, newest first; users see the tasks of their own sessions, superusers all',
      tags: ['agents'],
      query: TaskListQuerySchema,
      response: TaskListSchema,
      handler: ({ query, caller }) => {
        const everyone = caller !== undefined && hasRole(caller.role, 'superuser');
        if (!everyone && query.sessionId !== undefined) {
          const owned = deps.kernel.sessions
            .get(query.sessionId)
            .andThen((session) => requireOwner(caller, session.userId, 'session', query.sessionId ?? '', session));
          if (owned.isErr()) return err(owned.error);
        }
        return taskHistory
          .list({
            ...(query.limit === undefined ? {} : { limit: query.limit }),
            ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
            ...(query.status === undefined ? {} : { status: query.status }),
            ...(query.sessionId === undefined ? {} : { sessionId: query.sessionId }),
          })
          .map((page) => {
            const items = page.items
              .filter((task) => everyone || sessionOwner(task.sessionId) === caller?.userName)
              .map(toApiTask);
            return { items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
          });
      },
    }),
  ];
}
