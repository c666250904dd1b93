import type { MessageRecord, SessionRecord } from '@oxios/kernel';
import {
  CreateSessionRequestSchema,
  MessageListQuerySchema,
  MessageListSchema,
  SessionDeletedSchema,
  SessionListQuerySchema,
  SessionListSchema,
  SessionParamsSchema,
  SessionSchema,
  type Message,
  type Session,
} from '@oxios/sdk-client';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';
import { requireOwner } from '../http/ownership.js';

/** A session record as the API shows it (metadata stays internal). */
export function toApiSession(record: SessionRecord): Session {
  return {
    id: record.id,
    userId: record.userId,
    title: record.title,
    personaId: record.personaId,
    phase: record.phase,
    status: record.status,
    statusReason: record.statusReason,
    activeSeedId: record.activeSeedId,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

export function toApiMessage(record: MessageRecord): Message {
  return {
    id: record.id,
    sessionId: record.sessionId,
    seq: record.seq,
    role: record.role,
    content: record.content,
    createdAt: iso(record.createdAt),
  };
}

/** Sessions and their messages. Users see their own; admins see everyone's. */
export function sessionRoutes(deps: ServerDeps) {
  const sessions = deps.kernel.sessions;
  const owned = (caller: Parameters<typeof requireOwner>[0], id: string) =>
    sessions.get(id).andThen((session) => requireOwner(caller, session.userId, 'session', id, session));
  return [
    defineRoute({
      method: 'GET',
      path: '/api/sessions',
      access: 'user',
      summary: 'List sessions, newest first',
      tags: ['sessions'],
      query: SessionListQuerySchema,
      response: SessionListSchema,
      handler: ({ query, caller }) => {
        const admin = caller !== undefined && hasRole(caller.role, 'admin');
        const userId = admin ? query.userId : caller?.userName;
        return sessions
          .list({
            ...(query.limit === undefined ? {} : { limit: query.limit }),
            ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
            ...(query.status === undefined ? {} : { status: query.status }),
            ...(userId === undefined ? {} : { userId }),
          })
          .map((page) => ({
            items: page.items.map(toApiSession),
            ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
          }));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/sessions',
      access: 'user',
      summary: 'Start a session owned by the caller',
      tags: ['sessions'],
      body: CreateSessionRequestSchema,
      response: SessionSchema,
      status: 201,
      handler: ({ body, caller }) =>
        sessions
          .create({
            userId: caller?.userName ?? '',
            ...(body.title === undefined ? {} : { title: body.title }),
            ...(body.personaId === undefined ? {} : { personaId: body.personaId }),
          })
          .map((session) => {
            deps.kernel.bus.publish({ type: 'session-created', sessionId: session.id, userId: session.userId });
            return toApiSession(session);
          }),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/sessions/:id',
      access: 'user',
      summary: 'One session',
      tags: ['sessions'],
      params: SessionParamsSchema,
      response: SessionSchema,
      handler: ({ params, caller }) => owned(caller, params.id).map(toApiSession),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/sessions/:id',
      access: 'user',
      summary: 'Delete a session and its messages',
      tags: ['sessions'],
      params: SessionParamsSchema,
      response: SessionDeletedSchema,
      handler: ({ params, caller }) =>
        owned(caller, params.id)
          .andThen(() => sessions.remove(params.id))
          .map(() => ({ deleted: true as const })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/sessions/:id/messages',
      access: 'user',
      summary: "A session's messages in order",
      tags: ['sessions'],
      params: SessionParamsSchema,
      query: MessageListQuerySchema,
      response: MessageListSchema,
      handler: ({ params, query, caller }) =>
        owned(caller, params.id)
          .andThen(() =>
            sessions.messages(params.id, {
              ...(query.afterSeq === undefined ? {} : { afterSeq: query.afterSeq }),
              ...(query.limit === undefined ? {} : { limit: query.limit }),
            }),
          )
          .map((messages) => ({ items: messages.map(toApiMessage) })),
    }),
  ];
}
