import type { ResultAsync } from 'neverthrow';
import {
  MessageListSchema,
  SessionCancelledSchema,
  SessionDeletedSchema,
  SessionListSchema,
  SessionSchema,
  SendMessageResponseSchema,
  type CreateSessionRequest,
  type SendMessageRequest,
  type SendMessageResponse,
  type MessageList,
  type MessageListQuery,
  type Session,
  type SessionCancelled,
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
  /**
   * `POST /api/sessions/:id/messages`: the Ouroboros loop's reply (a question, or the result), or
   * `running` when it takes longer than `wait` seconds (the work goes on; follow events/messages).
   */
  send(
    id: string,
    request: SendMessageRequest,
    options?: { wait?: number; signal?: AbortSignal },
  ): ResultAsync<SendMessageResponse, ClientError>;
  /** `POST /api/sessions/:id/resume`: continue an interrupted session. */
  resume(id: string, options?: { wait?: number; signal?: AbortSignal }): ResultAsync<SendMessageResponse, ClientError>;
  /** `POST /api/sessions/:id/cancel`: stop the work in progress; the session becomes interrupted (resumable). */
  cancel(id: string, signal?: AbortSignal): ResultAsync<SessionCancelled, ClientError>;
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
    send: (id, request, sendOptions = {}) =>
      callApi(options, {
        method: 'POST',
        path: `/api/sessions/${segment(id)}/messages`,
        ...(sendOptions.wait === undefined ? {} : { query: { wait: sendOptions.wait } }),
        // The server answers by `wait` (default 30 s); allow for it.
        timeoutMs: ((sendOptions.wait ?? 30) + 30) * 1000,
        body: request,
        response: SendMessageResponseSchema,
        ...withSignal(sendOptions.signal),
      }),
    resume: (id, resumeOptions = {}) =>
      callApi(options, {
        method: 'POST',
        path: `/api/sessions/${segment(id)}/resume`,
        ...(resumeOptions.wait === undefined ? {} : { query: { wait: resumeOptions.wait } }),
        timeoutMs: ((resumeOptions.wait ?? 30) + 30) * 1000,
        body: {},
        response: SendMessageResponseSchema,
        ...withSignal(resumeOptions.signal),
      }),
    cancel: (id, signal) =>
      callApi(options, {
        method: 'POST',
        path: `/api/sessions/${segment(id)}/cancel`,
        body: {},
        response: SessionCancelledSchema,
        ...withSignal(signal),
      }),
  };
}
