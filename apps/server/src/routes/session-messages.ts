import type { Caller } from '@oxios/sdk-client';
import {
  SendMessageQuerySchema,
  SendMessageRequestSchema,
  SendMessageResponseSchema,
  SessionCancelledSchema,
  SessionParamsSchema,
  SessionReplySchema,
  type SendMessageResponse,
} from '@oxios/sdk-client';
import { invalidState, isKernelError, type KernelError } from '@oxios/kernel';
import { fromErrorBody, type GatewayError } from '@oxios/gateway';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { requireOwner } from '../http/ownership.js';
import { FORCE_REASON, RESUME } from '../messaging.js';

/** POST routes that may run long: exempt from the request timeout (they answer 202 by `wait`). */
export const LONG_RUNNING_ROUTE = /^\/api\/sessions\/[^/]+\/(messages|resume)$/;

const DEFAULT_WAIT_SECS = 30;

/** A gateway failure as the kernel error the HTTP layer maps to a status. */
export function gatewayFailure(error: GatewayError): KernelError {
  // The gateway keeps only the handler error's code and message: a kernel code maps to its status.
  if (error.code === 'handler-failed' && isKernelError(error.cause)) return error.cause;
  if (error.code === 'overloaded')
    return {
      code: 'overloaded',
      resource: `session queue (${error.scope})`,
      limit: error.limit,
      message: error.message,
    };
  if (error.code === 'timeout')
    return { code: 'timeout', operation: 'session message', timeoutMs: 0, message: error.message };
  return { code: 'unavailable', service: 'message gateway', message: error.message };
}

/** Sends one message through the gateway and answers with the reply, or 202 after `wait` seconds. */
async function send(
  deps: ServerDeps,
  caller: Caller,
  sessionId: string,
  text: string,
  metadata: Record<string, string>,
  waitSecs: number,
  context: { json: (body: unknown, status: 202) => Response },
) {
  const run = deps.messaging.runs.track(sessionId);
  const reply = deps.messaging.web.request(
    { sender: { id: caller.userName }, sessionId, text, metadata },
    { signal: run.signal },
  );
  void reply.then(() => {
    run.release();
  });
  const settled = (async () => ({ kind: 'reply' as const, result: await reply }))();
  const waited = await Promise.race([
    settled,
    new Promise<{ kind: 'timeout' }>((resolve) => {
      setTimeout(() => {
        resolve({ kind: 'timeout' });
      }, waitSecs * 1000).unref();
    }),
  ]);
  if (waited.kind === 'timeout') {
    const running: SendMessageResponse = { status: 'running', sessionId };
    return context.json(running, 202);
  }
  if (waited.result.isErr()) return err(gatewayFailure(waited.result.error));
  const content = waited.result.value.content;
  if (content.type === 'error') return err(gatewayFailure(fromErrorBody(content.error)));
  const parsed = SessionReplySchema.safeParse(content.type === 'data' ? content.data : undefined);
  return parsed.success
    ? ok({ status: 'done' as const, reply: parsed.data })
    : err(invalidState('session', 'reply', 'the orchestrator replied with an unexpected shape'));
}

/** Talking to a session: messages run the Ouroboros loop; resume continues an interrupted one. */
export function sessionMessageRoutes(deps: ServerDeps) {
  const owned = (caller: Caller | undefined, id: string): Result<unknown, KernelError> =>
    deps.kernel.sessions.get(id).andThen((session) => requireOwner(caller, session.userId, 'session', id, session));
  return [
    defineRoute({
      method: 'POST',
      path: '/api/sessions/:id/messages',
      access: 'user',
      summary: 'Send a message: the reply (a question or the result), or 202 while the work goes on',
      tags: ['sessions'],
      params: SessionParamsSchema,
      query: SendMessageQuerySchema,
      body: SendMessageRequestSchema,
      response: SendMessageResponseSchema,
      handler: async ({ params, query, body, caller, context }) => {
        const allowed = owned(caller, params.id);
        if (allowed.isErr() || caller === undefined)
          return err(allowed.isErr() ? allowed.error : invalidState('session', 'anonymous', 'no caller'));
        const metadata: Record<string, string> = body.force ? { [FORCE_REASON]: body.force.reason } : {};
        return send(deps, caller, params.id, body.text, metadata, query.wait ?? DEFAULT_WAIT_SECS, context);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/sessions/:id/resume',
      access: 'user',
      summary: 'Continue an interrupted session',
      tags: ['sessions'],
      params: SessionParamsSchema,
      query: SendMessageQuerySchema,
      body: z.strictObject({}),
      response: SendMessageResponseSchema,
      handler: async ({ params, query, caller, context }) => {
        const allowed = owned(caller, params.id);
        if (allowed.isErr() || caller === undefined)
          return err(allowed.isErr() ? allowed.error : invalidState('session', 'anonymous', 'no caller'));
        return send(deps, caller, params.id, 'resume', { [RESUME]: 'true' }, query.wait ?? DEFAULT_WAIT_SECS, context);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/api/sessions/:id/cancel',
      access: 'user',
      summary: 'Stop the work in progress (e.g. Ctrl-C in `oxios run`): the session becomes interrupted, resumable',
      tags: ['sessions'],
      params: SessionParamsSchema,
      body: z.strictObject({}),
      response: SessionCancelledSchema,
      handler: ({ params, caller }) =>
        owned(caller, params.id).map(() => ({ cancelled: deps.messaging.runs.cancel(params.id) })),
    }),
  ];
}
