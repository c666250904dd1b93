import { redactSecrets, type Kernel, type KernelEvent } from '@oxios/kernel';
import type { Caller } from '@oxios/sdk-client';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';

const HEARTBEAT_MS = 15_000;
const OWNER_CACHE_LIMIT = 10_000;

/**
 * Decides whether a caller may see an event: admins see everything; others only events that
 * name them (`userId`) or one of their sessions (`sessionId`). Events naming neither are
 * system events, for admins only.
 */
export function createEventVisibility(kernel: Kernel): (caller: Caller, event: KernelEvent) => boolean {
  const owners = new Map<string, string | null>();
  const ownerOf = (sessionId: string): string | null => {
    const cached = owners.get(sessionId);
    if (cached !== undefined) return cached;
    const owner = kernel.sessions.get(sessionId).match(
      (session) => session.userId,
      () => null,
    );
    if (owners.size >= OWNER_CACHE_LIMIT) owners.clear();
    owners.set(sessionId, owner);
    return owner;
  };
  return (caller, event) => {
    if (hasRole(caller.role, 'admin')) return true;
    const fields = event as { userId?: unknown; sessionId?: unknown };
    if (typeof fields.userId === 'string') return fields.userId === caller.userName;
    if (typeof fields.sessionId === 'string') return ownerOf(fields.sessionId) === caller.userName;
    return false;
  };
}

const EventsQuerySchema = z.strictObject({
  types: z
    .string()
    .regex(/^[a-z-]+(,[a-z-]+)*$/, 'comma-separated event types')
    .optional(),
  sessionId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
    .optional(),
  lastEventId: z.coerce.number().int().min(0).optional(),
});

/** `GET /api/events` — the live event stream (SSE), filtered by the caller's rights. */
export function eventRoutes(deps: ServerDeps) {
  const visible = createEventVisibility(deps.kernel);
  return [
    defineRoute({
      method: 'GET',
      path: '/api/events',
      access: 'user',
      summary: 'Live kernel events as server-sent events; resume with Last-Event-ID',
      tags: ['events'],
      query: EventsQuerySchema,
      response: z.string().describe('text/event-stream: id = event id, event = type, data = JSON'),
      handler: ({ query, caller, context }) => {
        const header = Number(context.req.header('last-event-id'));
        const afterId = query.lastEventId ?? (Number.isInteger(header) && header >= 0 ? header : undefined);
        const types = query.types?.split(',');
        const viewer = caller as Caller;
        return Promise.resolve(
          streamSSE(context, async (stream) => {
            const subscription = deps.kernel.bus.subscribe({
              ...(afterId === undefined ? {} : { afterId }),
              ...(types ? { types: types as KernelEvent['type'][] } : {}),
              filter: (event) =>
                visible(viewer, event) &&
                (query.sessionId === undefined || (event as { sessionId?: string }).sessionId === query.sessionId),
            });
            stream.onAbort(() => {
              subscription.unsubscribe();
            });
            const stop = () => {
              subscription.unsubscribe();
            };
            deps.shutdown.addEventListener('abort', stop, { once: true });
            let reported = subscription.dropped;
            await stream.write('retry: 2000\n\n');
            try {
              while (!subscription.closed) {
                const timer = new Promise<'heartbeat'>((resolve) =>
                  setTimeout(() => {
                    resolve('heartbeat');
                  }, HEARTBEAT_MS).unref(),
                );
                const next = await Promise.race([subscription.next(), timer]);
                if (next === 'heartbeat') {
                  await stream.write(': heartbeat\n\n');
                  continue;
                }
                if (next.done) break;
                if (subscription.dropped > reported) {
                  await stream.writeSSE({
                    event: 'events-dropped',
                    data: JSON.stringify({ dropped: subscription.dropped - reported }),
                  });
                  reported = subscription.dropped;
                }
                const { id, at, event } = next.value;
                await stream.writeSSE({
                  id: String(id),
                  event: event.type,
                  data: JSON.stringify(redactSecrets({ id, at, ...event })),
                });
              }
            } finally {
              deps.shutdown.removeEventListener('abort', stop);
              subscription.unsubscribe();
            }
          }),
        );
      },
    }),
  ];
}
