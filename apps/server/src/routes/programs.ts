import type { Program as KernelProgram, ProgramInfo } from '@oxios/kernel';
import {
  InstallProgramRequestSchema,
  NameParamsSchema,
  ProgramDetailSchema,
  ProgramListSchema,
  ProgramRemovedSchema,
  ProgramSchema,
  type Program,
  type ProgramDetail,
} from '@oxios/sdk-client';
import { errAsync } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { defined } from '../http/defined.js';
import { iso } from '../http/iso.js';
import { requireAction } from '../http/require-action.js';

/** Program install requests may clone or download for a while: exempt from the request timeout. */
export const PROGRAM_INSTALL_ROUTE = /^\/api\/programs$/;

/** An installed program as the API shows it (host paths stay on the server). */
export function toApiProgram(info: ProgramInfo): Program {
  const { source } = info;
  return {
    name: info.name,
    version: info.version,
    description: info.description,
    author: info.author,
    enabled: info.enabled,
    source: {
      kind: source.kind,
      ...('url' in source ? { url: source.url } : {}),
      ...('ref' in source ? defined({ ref: source.ref }) : {}),
      ...('name' in source ? { name: source.name } : {}),
    },
    installedAt: iso(info.installedAt),
    tools: [...info.tools],
  };
}

function toApiProgramDetail(program: KernelProgram): ProgramDetail {
  const { manifest } = program;
  return {
    ...toApiProgram(program),
    toolDefinitions: Object.entries(manifest.tools)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, tool]) => ({
        name,
        description: tool.description,
        command: [...tool.command],
        arguments: tool.arguments.map((argument) => ({
          name: argument.name,
          description: argument.description,
          type: argument.type,
          required: argument.required,
        })),
        timeoutSecs: tool.timeout_secs ?? null,
      })),
    hostRequirements: {
      required: [...manifest.host_requirements.required],
      optional: [...manifest.host_requirements.optional],
    },
    mcpServers: manifest.mcp.map((server) => server.name),
    skill: program.skill,
  };
}

/**
 * Installed programs. Anyone may look; installing (from `git` or `tarball-url` only: local paths
 * are the local CLI's), toggling and uninstalling need `manage-programs`.
 */
export function programRoutes(deps: ServerDeps) {
  const { programs, access } = deps.kernel;
  return [
    defineRoute({
      method: 'GET',
      path: '/api/programs',
      access: 'user',
      summary: 'List installed programs',
      tags: ['programs'],
      response: ProgramListSchema,
      handler: () => programs.list().map((items) => ({ items: items.map(toApiProgram) })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/programs/:name',
      access: 'user',
      summary: 'One program with its tools, host requirements and SKILL.md',
      tags: ['programs'],
      params: NameParamsSchema,
      response: ProgramDetailSchema,
      handler: ({ params }) => programs.get(params.name).map(toApiProgramDetail),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/programs',
      access: 'superuser',
      summary: 'Install a program from a git repository or a tarball URL (needs manage-programs)',
      tags: ['programs'],
      body: InstallProgramRequestSchema,
      response: ProgramSchema,
      status: 201,
      handler: ({ body, caller, context }) => {
        const allowed = requireAction(access, caller, 'manage-programs', context.get('requestId'));
        if (allowed.isErr()) return errAsync(allowed.error);
        const source =
          body.kind === 'git'
            ? { kind: 'git' as const, url: body.url, ...(body.ref === undefined ? {} : { ref: body.ref }) }
            : { kind: 'tarball-url' as const, url: body.url };
        return programs.install(source, { signal: context.req.raw.signal }).map(toApiProgram);
      },
    }),
    ...(['enable', 'disable'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        path: `/api/programs/:name/${verb}`,
        access: 'superuser',
        summary: `${verb === 'enable' ? 'Enable' : 'Disable'} a program (needs manage-programs)`,
        tags: ['programs'],
        params: NameParamsSchema,
        response: ProgramSchema,
        handler: ({ params, caller, context }) =>
          requireAction(access, caller, 'manage-programs', context.get('requestId'))
            .andThen(() => programs.setEnabled(params.name, verb === 'enable'))
            .map(toApiProgram),
      }),
    ),
    defineRoute({
      method: 'DELETE',
      path: '/api/programs/:name',
      access: 'superuser',
      summary: 'Uninstall a program (needs manage-programs)',
      tags: ['programs'],
      params: NameParamsSchema,
      response: ProgramRemovedSchema,
      handler: ({ params, caller, context }) =>
        requireAction(access, caller, 'manage-programs', context.get('requestId'))
          .andThen(() => programs.uninstall(params.name))
          .map(() => ({ removed: true as const })),
    }),
  ];
}
