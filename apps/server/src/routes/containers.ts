import {
  NO_ENFORCEMENT,
  unavailable,
  type ContainerManager,
  type ContainerRecord,
  type KernelError,
} from '@oxios/kernel';
import {
  ContainerExecRequestSchema,
  ContainerExecResultSchema,
  ContainerListSchema,
  ContainerParamsSchema,
  ContainerProbeSchema,
  ContainerRemovedSchema,
  ContainerSchema,
  CreateContainerRequestSchema,
  RemoveContainerQuerySchema,
  type Caller,
  type Container,
} from '@oxios/sdk-client';
import { err, errAsync, ok, type Result } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { callerSubject } from '../http/caller-subject.js';
import { defineRoute } from '../http/define-route.js';
import { defined } from '../http/defined.js';
import { iso } from '../http/iso.js';
import { notFound } from '@oxios/kernel';

/** Commands in containers run as long as their timeout: exempt from the request timeout. */
export const CONTAINER_EXEC_ROUTE = /^\/api\/containers\/[^/]+\/exec$/;

/** A container as the API shows it: environment values (maybe secrets) and host paths stay on the server. */
export function toApiContainer(record: ContainerRecord): Container {
  return {
    name: record.name,
    backend: record.backend,
    image: record.image,
    status: record.status,
    network: record.network,
    limits: { ...record.limits },
    labels: { ...record.labels },
    envNames: Object.keys(record.env).sort(),
    createdBy: record.createdBy,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

/**
 * Project containers. Holders of `manage-containers` see and manage all of them; other users see
 * the containers of their own sessions and may run commands there (the kernel checks the
 * `container_exec` tool and network rights, and audits).
 */
export function containerRoutes(deps: ServerDeps) {
  const { kernel } = deps;
  const manager = (): Result<ContainerManager, KernelError> =>
    kernel.containers === null
      ? err(unavailable('containers', kernel.containersUnavailable ?? 'no sandbox backend is available'))
      : ok(kernel.containers);
  const managesAll = (caller: Caller | undefined) =>
    kernel.access.checkAction(callerSubject(caller), 'manage-containers').isOk();
  const mayUse = (caller: Caller | undefined, record: ContainerRecord, everything: boolean) => {
    if (everything || record.createdBy === caller?.subject) return true;
    const sessionId = record.labels.session;
    const session = sessionId === undefined ? undefined : kernel.sessions.get(sessionId);
    return session?.isOk() === true && session.value.userId === caller?.userName;
  };
  // Someone else's container answers not-found, like a missing one.
  const visible = (caller: Caller | undefined, name: string): Result<ContainerRecord, KernelError> =>
    manager()
      .andThen((containers) => containers.get(name))
      .andThen((record) =>
        mayUse(caller, record, managesAll(caller)) ? ok(record) : err(notFound('container', name)),
      );
  const actor = (caller: Caller | undefined, requestId: string) => ({ subject: callerSubject(caller), requestId });
  return [
    defineRoute({
      method: 'GET',
      path: '/api/containers/probe',
      access: 'user',
      summary: 'What the sandbox backend enforces on this host',
      tags: ['containers'],
      response: ContainerProbeSchema,
      handler: async () => {
        if (kernel.containers === null)
          return ok({
            backend: 'none',
            available: false,
            reason: kernel.containersUnavailable ?? 'no sandbox backend is available',
            isolation: 'none' as const,
            enforces: { ...NO_ENFORCEMENT },
            notes: [],
          });
        const probe = await kernel.containers.probe();
        return ok({ ...probe, enforces: { ...probe.enforces }, notes: [...probe.notes] });
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/containers',
      access: 'user',
      summary: "List containers (all with manage-containers, else your sessions' containers)",
      tags: ['containers'],
      response: ContainerListSchema,
      handler: ({ caller }) => {
        if (kernel.containers === null) return ok({ items: [] });
        const everything = managesAll(caller);
        return kernel.containers.list().map((records) => ({
          items: records.filter((record) => mayUse(caller, record, everything)).map(toApiContainer),
        }));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/containers/:name',
      access: 'user',
      summary: 'One container',
      tags: ['containers'],
      params: ContainerParamsSchema,
      response: ContainerSchema,
      handler: ({ params, caller }) => visible(caller, params.name).map(toApiContainer),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/containers',
      access: 'superuser',
      summary: 'Create a container with the configured limits (needs manage-containers)',
      tags: ['containers'],
      body: CreateContainerRequestSchema,
      response: ContainerSchema,
      status: 201,
      handler: ({ body, caller, context }) => {
        const containers = manager();
        if (containers.isErr()) return errAsync(containers.error);
        return containers.value
          .create(
            actor(caller, context.get('requestId')),
            { ...defined(body), name: body.name },
            {
              signal: context.req.raw.signal,
            },
          )
          .map(toApiContainer);
      },
    }),
    ...(['start', 'stop'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        path: `/api/containers/:name/${verb}`,
        access: 'superuser',
        summary: `${verb === 'start' ? 'Start' : 'Stop'} a container (needs manage-containers)`,
        tags: ['containers'],
        params: ContainerParamsSchema,
        response: ContainerSchema,
        handler: ({ params, caller, context }) => {
          const containers = manager();
          if (containers.isErr()) return errAsync(containers.error);
          return containers.value[verb](actor(caller, context.get('requestId')), params.name).map(toApiContainer);
        },
      }),
    ),
    defineRoute({
      method: 'DELETE',
      path: '/api/containers/:name',
      access: 'superuser',
      summary: 'Remove a container and, unless kept, its workspace (needs manage-containers)',
      tags: ['containers'],
      params: ContainerParamsSchema,
      query: RemoveContainerQuerySchema,
      response: ContainerRemovedSchema,
      handler: ({ params, query, caller, context }) => {
        const containers = manager();
        if (containers.isErr()) return errAsync(containers.error);
        return containers.value
          .remove(actor(caller, context.get('requestId')), params.name, {
            keepWorkspace: query.keepWorkspace === 'true',
          })
          .map(() => ({ removed: true as const }));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/containers/:name/exec',
      access: 'user',
      summary: 'Run an argv in a running container (no shell); a non-zero exit is a result',
      tags: ['containers'],
      params: ContainerParamsSchema,
      body: ContainerExecRequestSchema,
      response: ContainerExecResultSchema,
      handler: ({ params, body, caller, context }) => {
        const record = visible(caller, params.name);
        if (record.isErr() || kernel.containers === null)
          return errAsync(record.isErr() ? record.error : unavailable('containers', 'no sandbox backend'));
        const limitSecs = kernel.config.container.exec_timeout_secs;
        return kernel.containers.exec(actor(caller, context.get('requestId')), params.name, body.argv, {
          timeoutMs: Math.min(body.timeoutSecs ?? limitSecs, limitSecs) * 1000,
          signal: context.req.raw.signal,
          ...(body.cwd === undefined ? {} : { cwd: body.cwd }),
          ...(body.stdin === undefined ? {} : { stdin: body.stdin }),
        });
      },
    }),
  ];
}
