import {
  ContainerExecResultSchema,
  ContainerListSchema,
  ContainerRemovedSchema,
  ContainerSchema,
  LineageSchema,
  PersonaListSchema,
  PersonaSchema,
  ProgramDetailSchema,
  ProgramListSchema,
  ProgramRemovedSchema,
  ProgramSchema,
  RemovedSchema,
  SeedListSchema,
  SeedRecordSchema,
  SessionSchema,
  SkillListSchema,
  SkillSchema,
} from '@oxios/sdk-client';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { errAsync, ResultAsync } from 'neverthrow';
import { cliError } from '../../errors/cli-error.js';
import { EXIT } from '../../exit-codes.js';
import type { Backend } from '../backend.js';
import type { RemoteCall } from './remote-conversation.js';

type Extensions = Pick<Backend, 'seeds' | 'programs' | 'skills' | 'personas' | 'containers'>;

const path = (part: string) => encodeURIComponent(part);

/**
 * Seeds, programs, skills, personas and containers over the HTTP API. The server answers in the
 * API's shapes, which the embedded backend builds too; removals are reported as the CLI prints
 * them (`{ name, deleted: true }`). A server installs programs from git, an https tarball URL, or
 * a tarball file of this machine, which is uploaded; a folder on this machine is refused here with
 * exit 2 (pack it with `tar -czf` first).
 */
export function remoteExtensions(call: RemoteCall, server: string): Extensions {
  const get = <Schema extends Parameters<RemoteCall>[0]['response']>(
    route: string,
    response: Schema,
    query?: Parameters<RemoteCall>[0]['query'],
  ) => call({ method: 'GET', path: route, response, ...(query ? { query } : {}) });
  return {
    seeds: {
      list: (query) => get('/api/seeds', SeedListSchema, { ...query }),
      get: (id) => get(`/api/seeds/${path(id)}`, SeedRecordSchema),
      lineage: (id) => get(`/api/seeds/${path(id)}/lineage`, LineageSchema),
    },
    programs: {
      list: () => get('/api/programs', ProgramListSchema),
      get: (name) => get(`/api/programs/${path(name)}`, ProgramDetailSchema),
      install: (source) => {
        if (source.kind === 'tarball')
          return ResultAsync.fromPromise(readFile(source.path), (cause) =>
            cliError('io', `cannot read ${source.path}: ${(cause as Error).message}`, EXIT.failure),
          ).andThen((bytes) =>
            call({
              method: 'POST',
              path: '/api/programs',
              body: { kind: 'upload', fileName: basename(source.path), data: bytes.toString('base64') },
              response: ProgramSchema,
              timeoutMs: 15 * 60_000,
            }),
          );
        if (source.kind !== 'git' && source.kind !== 'tarball-url')
          return errAsync(
            cliError('invalid-argument', `the server at ${server} cannot read files on this machine`, EXIT.usage, {
              hint: 'pack the folder (tar -czf program.tgz -C <folder> .) and install the .tgz, install from a git URL or an https:// tarball URL, or run `oxios program install` on the server’s machine',
            }),
          );
        return call({
          method: 'POST',
          path: '/api/programs',
          body:
            source.kind === 'git'
              ? { kind: 'git', url: source.url, ...(source.ref ? { ref: source.ref } : {}) }
              : source,
          response: ProgramSchema,
          timeoutMs: 15 * 60_000,
        });
      },
      setEnabled: (name, enabled) =>
        call({
          method: 'POST',
          path: `/api/programs/${path(name)}/${enabled ? 'enable' : 'disable'}`,
          response: ProgramSchema,
        }),
      uninstall: (name) =>
        call({ method: 'DELETE', path: `/api/programs/${path(name)}`, response: ProgramRemovedSchema }).map(() => ({
          name,
          uninstalled: true as const,
        })),
    },
    skills: {
      list: () => get('/api/skills', SkillListSchema),
      get: (name) => get(`/api/skills/${path(name)}`, SkillSchema),
      create: (input) =>
        call({
          method: 'POST',
          path: '/api/skills',
          body: {
            name: input.name,
            description: input.description,
            body: input.body,
            ...(input.requirements === undefined ? {} : { requirements: input.requirements }),
          },
          response: SkillSchema,
        }),
      remove: (name) =>
        call({ method: 'DELETE', path: `/api/skills/${path(name)}`, response: RemovedSchema }).map(() => ({
          name,
          deleted: true as const,
        })),
    },
    personas: {
      list: () => get('/api/personas', PersonaListSchema),
      get: (id) => get(`/api/personas/${path(id)}`, PersonaSchema),
      create: (input) => call({ method: 'POST', path: '/api/personas', body: input, response: PersonaSchema }),
      remove: (id) =>
        call({ method: 'DELETE', path: `/api/personas/${path(id)}`, response: RemovedSchema }).map(() => ({
          id,
          deleted: true as const,
        })),
      use: (id, sessionId) =>
        sessionId === undefined
          ? call({ method: 'POST', path: `/api/personas/${path(id)}/default`, response: PersonaSchema }).map(
              (persona) => ({ id: persona.id, sessionId: null }),
            )
          : get(`/api/personas/${path(id)}`, PersonaSchema)
              .andThen(() =>
                call({
                  method: 'PUT',
                  path: `/api/sessions/${path(sessionId)}/persona`,
                  body: { personaId: id },
                  response: SessionSchema,
                }),
              )
              .map(() => ({ id, sessionId })),
    },
    containers: {
      list: () => get('/api/containers', ContainerListSchema),
      create: (input) => call({ method: 'POST', path: '/api/containers', body: input, response: ContainerSchema }),
      start: (name) => call({ method: 'POST', path: `/api/containers/${path(name)}/start`, response: ContainerSchema }),
      stop: (name) => call({ method: 'POST', path: `/api/containers/${path(name)}/stop`, response: ContainerSchema }),
      remove: (name) =>
        call({ method: 'DELETE', path: `/api/containers/${path(name)}`, response: ContainerRemovedSchema }).map(() => ({
          name,
          deleted: true as const,
        })),
      exec: (name, argv) =>
        call({
          method: 'POST',
          path: `/api/containers/${path(name)}/exec`,
          body: { argv: [...argv] },
          response: ContainerExecResultSchema,
          timeoutMs: 24 * 60 * 60_000,
        }),
    },
  };
}
