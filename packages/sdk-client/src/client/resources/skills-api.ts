import type { ResultAsync } from 'neverthrow';
import {
  RemovedSchema,
  SkillListSchema,
  SkillSchema,
  type CreateSkillRequest,
  type Removed,
  type Skill,
  type SkillList,
  type UpdateSkillRequest,
} from '../../schemas/skills.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Skills: reusable instructions for agents. Changing them needs `manage-programs` (superuser). */
export interface SkillsApi {
  /** `GET /api/skills`. */
  list(signal?: AbortSignal): ResultAsync<SkillList, ClientError>;
  /** `GET /api/skills/:name`. */
  get(name: string, signal?: AbortSignal): ResultAsync<Skill, ClientError>;
  /** `POST /api/skills`. */
  create(request: CreateSkillRequest, signal?: AbortSignal): ResultAsync<Skill, ClientError>;
  /** `PATCH /api/skills/:name`. */
  update(name: string, changes: UpdateSkillRequest, signal?: AbortSignal): ResultAsync<Skill, ClientError>;
  /** `DELETE /api/skills/:name`. */
  remove(name: string, signal?: AbortSignal): ResultAsync<Removed, ClientError>;
}

/** Creates the {@link SkillsApi} over `options`. */
export function createSkillsApi(options: HttpOptions): SkillsApi {
  const at = (name: string) => `/api/skills/${segment(name)}`;
  return {
    list: (signal) =>
      callApi(options, { method: 'GET', path: '/api/skills', response: SkillListSchema, ...withSignal(signal) }),
    get: (name, signal) =>
      callApi(options, { method: 'GET', path: at(name), response: SkillSchema, ...withSignal(signal) }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/skills',
        body: request,
        response: SkillSchema,
        ...withSignal(signal),
      }),
    update: (name, changes, signal) =>
      callApi(options, {
        method: 'PATCH',
        path: at(name),
        body: changes,
        response: SkillSchema,
        ...withSignal(signal),
      }),
    remove: (name, signal) =>
      callApi(options, { method: 'DELETE', path: at(name), response: RemovedSchema, ...withSignal(signal) }),
  };
}
