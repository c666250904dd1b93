import type { ResultAsync } from 'neverthrow';
import {
  ContainerExecResultSchema,
  ContainerListSchema,
  ContainerProbeSchema,
  ContainerRemovedSchema,
  ContainerSchema,
  type Container,
  type ContainerExecRequest,
  type ContainerExecResult,
  type ContainerList,
  type ContainerProbe,
  type ContainerRemoved,
  type CreateContainerRequest,
} from '../../schemas/containers.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Project containers. Managing them needs `manage-containers` (superuser). */
export interface ContainersApi {
  /** `GET /api/containers`: those of your sessions, or all with `manage-containers`. */
  list(signal?: AbortSignal): ResultAsync<ContainerList, ClientError>;
  /** `GET /api/containers/:name`. */
  get(name: string, signal?: AbortSignal): ResultAsync<Container, ClientError>;
  /** `GET /api/containers/probe`: what the sandbox backend enforces on the server's host. */
  probe(signal?: AbortSignal): ResultAsync<ContainerProbe, ClientError>;
  /** `POST /api/containers`. */
  create(request: CreateContainerRequest, signal?: AbortSignal): ResultAsync<Container, ClientError>;
  /** `POST /api/containers/:name/start`. */
  start(name: string, signal?: AbortSignal): ResultAsync<Container, ClientError>;
  /** `POST /api/containers/:name/stop`. */
  stop(name: string, signal?: AbortSignal): ResultAsync<Container, ClientError>;
  /** `DELETE /api/containers/:name`, with its workspace unless `keepWorkspace`. */
  remove(
    name: string,
    options?: { keepWorkspace?: boolean; signal?: AbortSignal },
  ): ResultAsync<ContainerRemoved, ClientError>;
  /** `POST /api/containers/:name/exec`: runs an argv (no shell); a non-zero exit is a result. */
  exec(
    name: string,
    request: ContainerExecRequest,
    signal?: AbortSignal,
  ): ResultAsync<ContainerExecResult, ClientError>;
}

/** Creates the {@link ContainersApi} over `options`. */
export function createContainersApi(options: HttpOptions): ContainersApi {
  const at = (name: string) => `/api/containers/${segment(name)}`;
  const lifecycle = (verb: 'start' | 'stop') => (name: string, signal?: AbortSignal) =>
    callApi(options, {
      method: 'POST',
      path: `${at(name)}/${verb}`,
      timeoutMs: Math.max(options.timeoutMs ?? 30_000, 120_000),
      response: ContainerSchema,
      ...withSignal(signal),
    });
  return {
    list: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/containers',
        response: ContainerListSchema,
        ...withSignal(signal),
      }),
    get: (name, signal) =>
      callApi(options, { method: 'GET', path: at(name), response: ContainerSchema, ...withSignal(signal) }),
    probe: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/containers/probe',
        response: ContainerProbeSchema,
        ...withSignal(signal),
      }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/containers',
        body: request,
        timeoutMs: Math.max(options.timeoutMs ?? 30_000, 300_000),
        response: ContainerSchema,
        ...withSignal(signal),
      }),
    start: lifecycle('start'),
    stop: lifecycle('stop'),
    remove: (name, removeOptions = {}) =>
      callApi(options, {
        method: 'DELETE',
        path: at(name),
        ...(removeOptions.keepWorkspace === undefined ? {} : { query: { keepWorkspace: removeOptions.keepWorkspace } }),
        response: ContainerRemovedSchema,
        ...withSignal(removeOptions.signal),
      }),
    exec: (name, request, signal) =>
      callApi(options, {
        method: 'POST',
        path: `${at(name)}/exec`,
        body: request,
        timeoutMs: ((request.timeoutSecs ?? 600) + 30) * 1000,
        response: ContainerExecResultSchema,
        ...withSignal(signal),
      }),
  };
}
