import type { Skill as KernelSkill, SkillSummary as KernelSkillSummary } from '@oxios/kernel';
import {
  CreateSkillRequestSchema,
  NameParamsSchema,
  RemovedSchema,
  SkillListSchema,
  SkillSchema,
  UpdateSkillRequestSchema,
  type Skill,
  type SkillSummary,
} from '@oxios/sdk-client';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { defined } from '../http/defined.js';
import { requireAction } from '../http/require-action.js';

const toSummary = (skill: KernelSkillSummary): SkillSummary => ({
  name: skill.name,
  description: skill.description,
  requirements: { host_tools: [...skill.requirements.host_tools], tools: [...skill.requirements.tools] },
});
const toSkill = (skill: KernelSkill): Skill => ({ ...toSummary(skill), body: skill.body });

/** Skills. Anyone may read them; they shape every agent, so changing them needs `manage-programs`. */
export function skillRoutes(deps: ServerDeps) {
  const { skills, access } = deps.kernel;
  const manage = (caller: Parameters<typeof requireAction>[1], requestId: string) =>
    requireAction(access, caller, 'manage-programs', requestId);
  return [
    defineRoute({
      method: 'GET',
      path: '/api/skills',
      access: 'user',
      summary: 'List skills',
      tags: ['skills'],
      response: SkillListSchema,
      handler: () => skills.list().map((items) => ({ items: items.map(toSummary) })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/skills/:name',
      access: 'user',
      summary: 'One skill with its body',
      tags: ['skills'],
      params: NameParamsSchema,
      response: SkillSchema,
      handler: ({ params }) => skills.get(params.name).map(toSkill),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/skills',
      access: 'superuser',
      summary: 'Create a skill (needs manage-programs)',
      tags: ['skills'],
      body: CreateSkillRequestSchema,
      response: SkillSchema,
      status: 201,
      handler: ({ body, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() =>
            skills.create({
              name: body.name,
              description: body.description,
              body: body.body,
              ...(body.requirements === undefined ? {} : { requirements: defined(body.requirements) }),
            }),
          )
          .map(toSkill),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/skills/:name',
      access: 'superuser',
      summary: "Change a skill's description, body or requirements (needs manage-programs)",
      tags: ['skills'],
      params: NameParamsSchema,
      body: UpdateSkillRequestSchema,
      response: SkillSchema,
      handler: ({ params, body, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() => {
            const { requirements, ...rest } = body;
            return skills.update(params.name, {
              ...defined(rest),
              ...(requirements === undefined ? {} : { requirements: defined(requirements) }),
            });
          })
          .map(toSkill),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/skills/:name',
      access: 'superuser',
      summary: 'Delete a skill (needs manage-programs)',
      tags: ['skills'],
      params: NameParamsSchema,
      response: RemovedSchema,
      handler: ({ params, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() => skills.remove(params.name))
          .map(() => ({ removed: true as const })),
    }),
  ];
}
