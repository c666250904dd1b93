import type { Persona as KernelPersona } from '@oxios/kernel';
import {
  CreatePersonaRequestSchema,
  PersonaListSchema,
  PersonaSchema,
  RemovedSchema,
  SessionParamsSchema,
  SessionPersonaRequestSchema,
  SessionSchema,
  SlugIdParamsSchema,
  UpdatePersonaRequestSchema,
  type Persona,
} from '@oxios/sdk-client';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { defined } from '../http/defined.js';
import { requireOwner } from '../http/ownership.js';
import { requireAction } from '../http/require-action.js';
import { toApiSession } from './sessions.js';

const toPersona = (persona: KernelPersona): Persona => ({
  ...persona,
  traits: [...persona.traits],
  skills: [...persona.skills],
});

/**
 * Personas. Anyone may read them; they shape every agent, so changing them (and the global
 * default) needs `manage-programs`. A session's own persona is its owner's to choose.
 */
export function personaRoutes(deps: ServerDeps) {
  const { personas, access, sessions } = deps.kernel;
  const manage = (caller: Parameters<typeof requireAction>[1], requestId: string) =>
    requireAction(access, caller, 'manage-programs', requestId);
  return [
    defineRoute({
      method: 'GET',
      path: '/api/personas',
      access: 'user',
      summary: 'List personas and the id of the global default',
      tags: ['personas'],
      response: PersonaListSchema,
      handler: () =>
        personas
          .list()
          .andThen((items) => personas.defaultId().map((defaultId) => ({ items: items.map(toPersona), defaultId }))),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/personas/:id',
      access: 'user',
      summary: 'One persona',
      tags: ['personas'],
      params: SlugIdParamsSchema,
      response: PersonaSchema,
      handler: ({ params }) => personas.get(params.id).map(toPersona),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/personas',
      access: 'superuser',
      summary: 'Create a persona (needs manage-programs)',
      tags: ['personas'],
      body: CreatePersonaRequestSchema,
      response: PersonaSchema,
      status: 201,
      handler: ({ body, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() =>
            personas.create({ ...defined(body), id: body.id, name: body.name, systemPrompt: body.systemPrompt }),
          )
          .map(toPersona),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/api/personas/:id',
      access: 'superuser',
      summary: 'Change a persona (needs manage-programs)',
      tags: ['personas'],
      params: SlugIdParamsSchema,
      body: UpdatePersonaRequestSchema,
      response: PersonaSchema,
      handler: ({ params, body, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() => personas.update(params.id, defined(body)))
          .map(toPersona),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/personas/:id',
      access: 'superuser',
      summary: 'Delete a persona; the default cannot be deleted (needs manage-programs)',
      tags: ['personas'],
      params: SlugIdParamsSchema,
      response: RemovedSchema,
      handler: ({ params, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() => personas.remove(params.id))
          .map(() => ({ removed: true as const })),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/personas/:id/default',
      access: 'superuser',
      summary: 'Make an enabled persona the global default (needs manage-programs)',
      tags: ['personas'],
      params: SlugIdParamsSchema,
      response: PersonaSchema,
      handler: ({ params, caller, context }) =>
        manage(caller, context.get('requestId'))
          .andThen(() => personas.setDefault(params.id))
          .map(toPersona),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/sessions/:id/persona',
      access: 'user',
      summary: "Choose a session's persona (null: the global default)",
      tags: ['sessions', 'personas'],
      params: SessionParamsSchema,
      body: SessionPersonaRequestSchema,
      response: SessionSchema,
      handler: ({ params, body, caller }) =>
        sessions
          .get(params.id)
          .andThen((session) => requireOwner(caller, session.userId, 'session', params.id, session))
          .andThen(() => personas.setSessionPersona(params.id, body.personaId))
          .map(toApiSession),
    }),
  ];
}
