import type { ResultAsync } from 'neverthrow';
import {
  MessageListSchema,
  SessionDeletedSchema,
  SessionListSchema,
  SessionSchema,
  type CreateSessionRequest,
  type MessageList,
  type MessageListQuery,
  type Session,
  type SessionDeleted,
  type SessionList,
  type SessionListQuery,
} from '../../schemas/sessions.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Conversations: users see their own, admins everyone's. */
export interface SessionsApi {
  /** `GET /api/sessions`, newest first. */
  list(query?: SessionListQuery, signal?: AbortSignal): ResultAsync<SessionList, ClientError>;
  /** `POST /api/sessions`: a session owned by the caller. */
  create(request?: CreateSessionRequest, signal?: AbortSignal): ResultAsync<Session, ClientError>;
  /** `GET /api/sessions/:id`. */
  get(id: string, signal?: AbortSignal): ResultAsync<Session, ClientError>;
  /** `DELETE /api/sessions/:id`: the session and its messages. */
  remove(id: string, signal?: AbortSignal): ResultAsync<SessionDeleted, ClientError>;
  /** `GET /api/sessions/:id/messages`, in order. */
  messages(id: string, query?: MessageListQuery, signal?: AbortSignal): ResultAsync<MessageList, ClientError>;
}

/** Creates the {@link SessionsApi} over `options`. */
export function createSessionsApi(options: HttpOptions): SessionsApi {
  return {
    list: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/sessions',
        ...(query ? { query } : {}),
        response: SessionListSchema,
        ...withSignal(signal),
      }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/sessions',
        body: request ?? {},
        response: SessionSchema,
        ...withSignal(signal),
      }),
    get: (id, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/sessions/${segment(id)}`,
        response: SessionSchema,
        ...withSignal(signal),
      }),
    remove: (id, signal) =>
      callApi(options, {
        method: 'DELETE',
        path: `/api/sessions/${segment(id)}`,
        response: SessionDeletedSchema,
        ...withSignal(signal),
      }),
    messages: (id, query, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/sessions/${segment(id)}/messages`,
        ...(query ? { query } : {}),
        response: MessageListSchema,
        ...withSignal(signal),
      }),
  };
}
