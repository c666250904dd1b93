import type { ResultAsync } from 'neverthrow';
import {
  ProgramDetailSchema,
  ProgramListSchema,
  ProgramRemovedSchema,
  ProgramSchema,
  type InstallProgramRequest,
  type Program,
  type ProgramDetail,
  type ProgramList,
  type ProgramRemoved,
} from '../../schemas/programs.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Installed programs. Changing them needs `manage-programs` (superuser). */
export interface ProgramsApi {
  /** `GET /api/programs`. */
  list(signal?: AbortSignal): ResultAsync<ProgramList, ClientError>;
  /** `GET /api/programs/:name`: with its tools, host requirements and SKILL.md. */
  get(name: string, signal?: AbortSignal): ResultAsync<ProgramDetail, ClientError>;
  /** `POST /api/programs`: from a git repository or a tarball URL (local paths are the CLI's). */
  install(request: InstallProgramRequest, signal?: AbortSignal): ResultAsync<Program, ClientError>;
  /** `POST /api/programs/:name/enable`. */
  enable(name: string, signal?: AbortSignal): ResultAsync<Program, ClientError>;
  /** `POST /api/programs/:name/disable`: its tools and skill are no longer offered. */
  disable(name: string, signal?: AbortSignal): ResultAsync<Program, ClientError>;
  /** `DELETE /api/programs/:name`. */
  uninstall(name: string, signal?: AbortSignal): ResultAsync<ProgramRemoved, ClientError>;
}

/** Creates the {@link ProgramsApi} over `options`. */
export function createProgramsApi(options: HttpOptions): ProgramsApi {
  const toggle = (verb: 'enable' | 'disable') => (name: string, signal?: AbortSignal) =>
    callApi(options, {
      method: 'POST',
      path: `/api/programs/${segment(name)}/${verb}`,
      response: ProgramSchema,
      ...withSignal(signal),
    });
  return {
    list: (signal) =>
      callApi(options, { method: 'GET', path: '/api/programs', response: ProgramListSchema, ...withSignal(signal) }),
    get: (name, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/programs/${segment(name)}`,
        response: ProgramDetailSchema,
        ...withSignal(signal),
      }),
    install: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/programs',
        body: request,
        // Cloning or downloading may take a while.
        timeoutMs: Math.max(options.timeoutMs ?? 30_000, 300_000),
        response: ProgramSchema,
        ...withSignal(signal),
      }),
    enable: toggle('enable'),
    disable: toggle('disable'),
    uninstall: (name, signal) =>
      callApi(options, {
        method: 'DELETE',
        path: `/api/programs/${segment(name)}`,
        response: ProgramRemovedSchema,
        ...withSignal(signal),
      }),
  };
}
