import type { ResultAsync } from 'neverthrow';
import { AgentPermissionsSchema, type AgentPermissions, type AgentPermissionsInput } from '../../schemas/access.js';
import {
  AgentListSchema,
  AgentSchema,
  SchedulerSchema,
  TaskListSchema,
  type Agent,
  type AgentList,
  type AgentListQuery,
  type Scheduler,
  type TaskList,
  type TaskListQuery,
} from '../../schemas/agents.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** The agent process table and each agent's permissions. */
export interface AgentsApi {
  /** `GET /api/agents`: yours, or all of them for superusers and admins. */
  list(query?: AgentListQuery, signal?: AbortSignal): ResultAsync<AgentList, ClientError>;
  /** `POST /api/agents/:id/kill`: aborts its run; it becomes `stopped`. */
  kill(id: string, signal?: AbortSignal): ResultAsync<Agent, ClientError>;
  /** `GET /api/agents/:id/permissions` (superuser). */
  permissions(id: string, signal?: AbortSignal): ResultAsync<AgentPermissions, ClientError>;
  /** `PUT /api/agents/:id/permissions` (admin), bounded by the owner's role. */
  setPermissions(
    id: string,
    permissions: AgentPermissionsInput,
    signal?: AbortSignal,
  ): ResultAsync<AgentPermissions, ClientError>;
}

/** The scheduler (superuser). */
export interface SchedulerApi {
  /** `GET /api/scheduler`: counters and the live tasks. */
  get(signal?: AbortSignal): ResultAsync<Scheduler, ClientError>;
  /** `GET /api/tasks`: the task history, newest first; users see their own sessions' tasks. */
  tasks(query?: TaskListQuery, signal?: AbortSignal): ResultAsync<TaskList, ClientError>;
}

/** Creates the {@link AgentsApi} over `options`. */
export function createAgentsApi(options: HttpOptions): AgentsApi {
  return {
    list: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/agents',
        ...(query ? { query } : {}),
        response: AgentListSchema,
        ...withSignal(signal),
      }),
    kill: (id, signal) =>
      callApi(options, {
        method: 'POST',
        path: `/api/agents/${segment(id)}/kill`,
        response: AgentSchema,
        ...withSignal(signal),
      }),
    permissions: (id, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/agents/${segment(id)}/permissions`,
        response: AgentPermissionsSchema,
        ...withSignal(signal),
      }),
    setPermissions: (id, permissions, signal) =>
      callApi(options, {
        method: 'PUT',
        path: `/api/agents/${segment(id)}/permissions`,
        body: permissions,
        response: AgentPermissionsSchema,
        ...withSignal(signal),
      }),
  };
}

/** Creates the {@link SchedulerApi} over `options`. */
export function createSchedulerApi(options: HttpOptions): SchedulerApi {
  return {
    get: (signal) =>
      callApi(options, { method: 'GET', path: '/api/scheduler', response: SchedulerSchema, ...withSignal(signal) }),
    tasks: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/tasks',
        ...(query ? { query } : {}),
        response: TaskListSchema,
        ...withSignal(signal),
      }),
  };
}
