import type { ResultAsync } from 'neverthrow';
import {
  PersonaListSchema,
  PersonaSchema,
  type CreatePersonaRequest,
  type Persona,
  type PersonaList,
  type UpdatePersonaRequest,
} from '../../schemas/personas.js';
import { SessionSchema, type Session } from '../../schemas/sessions.js';
import { RemovedSchema, type Removed } from '../../schemas/skills.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Personas. Changing them needs `manage-programs` (superuser); a session's persona is its owner's. */
export interface PersonasApi {
  /** `GET /api/personas`: every persona and the global default's id. */
  list(signal?: AbortSignal): ResultAsync<PersonaList, ClientError>;
  /** `GET /api/personas/:id`. */
  get(id: string, signal?: AbortSignal): ResultAsync<Persona, ClientError>;
  /** `POST /api/personas`. */
  create(request: CreatePersonaRequest, signal?: AbortSignal): ResultAsync<Persona, ClientError>;
  /** `PATCH /api/personas/:id`. */
  update(id: string, changes: UpdatePersonaRequest, signal?: AbortSignal): ResultAsync<Persona, ClientError>;
  /** `DELETE /api/personas/:id` (the default cannot be deleted). */
  remove(id: string, signal?: AbortSignal): ResultAsync<Removed, ClientError>;
  /** `POST /api/personas/:id/default`: make it the global default. */
  setDefault(id: string, signal?: AbortSignal): ResultAsync<Persona, ClientError>;
  /** `PUT /api/sessions/:id/persona`: a session's persona, or `null` for the default. */
  setForSession(sessionId: string, personaId: string | null, signal?: AbortSignal): ResultAsync<Session, ClientError>;
}

/** Creates the {@link PersonasApi} over `options`. */
export function createPersonasApi(options: HttpOptions): PersonasApi {
  const at = (id: string) => `/api/personas/${segment(id)}`;
  return {
    list: (signal) =>
      callApi(options, { method: 'GET', path: '/api/personas', response: PersonaListSchema, ...withSignal(signal) }),
    get: (id, signal) =>
      callApi(options, { method: 'GET', path: at(id), response: PersonaSchema, ...withSignal(signal) }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/personas',
        body: request,
        response: PersonaSchema,
        ...withSignal(signal),
      }),
    update: (id, changes, signal) =>
      callApi(options, {
        method: 'PATCH',
        path: at(id),
        body: changes,
        response: PersonaSchema,
        ...withSignal(signal),
      }),
    remove: (id, signal) =>
      callApi(options, { method: 'DELETE', path: at(id), response: RemovedSchema, ...withSignal(signal) }),
    setDefault: (id, signal) =>
      callApi(options, {
        method: 'POST',
        path: `${at(id)}/default`,
        response: PersonaSchema,
        ...withSignal(signal),
      }),
    setForSession: (sessionId, personaId, signal) =>
      callApi(options, {
        method: 'PUT',
        path: `/api/sessions/${segment(sessionId)}/persona`,
        body: { personaId },
        response: SessionSchema,
        ...withSignal(signal),
      }),
  };
}
