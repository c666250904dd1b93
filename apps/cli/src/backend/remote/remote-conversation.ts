import {
  MessageListSchema,
  SendMessageResponseSchema,
  SessionCancelledSchema,
  SessionSchema,
  type CallOptions,
  type SessionReply,
} from '@oxios/sdk-client';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { CliError } from '../../errors/cli-error.js';
import type { Backend } from '../backend.js';

/** A call to the server; `interruptible: false` ignores Ctrl-C (for the cancel that follows it). */
export type RemoteCall = <Schema extends z.ZodType>(
  request: CallOptions<Schema>,
  interruptible?: boolean,
) => ResultAsync<z.infer<Schema>, CliError>;

/** The longest the server holds a message open (`?wait=`, seconds); then it answers 202. */
const WAIT_SECS = 600;
const POLL_MS = 500;
/** After a cancel, how long to wait for the server to record the session as interrupted. */
const SETTLE_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const path = (id: string) => encodeURIComponent(id);

/** Messages, sending, resuming and cancelling over the HTTP API. */
export function remoteConversation(
  call: RemoteCall,
  signal: AbortSignal | undefined,
): Pick<Backend['sessions'], 'create' | 'send' | 'resume'> {
  const session = (id: string, interruptible = true) =>
    call({ method: 'GET', path: `/api/sessions/${path(id)}`, response: SessionSchema }, interruptible);

  /** The highest message seq so far, to recognise the reply that lands after a 202. */
  const lastSeq = (id: string): ResultAsync<number, CliError> => {
    const page = (after: number): ResultAsync<number, CliError> =>
      call({
        method: 'GET',
        path: `/api/sessions/${path(id)}/messages`,
        query: { afterSeq: after, limit: 500 },
        response: MessageListSchema,
      }).andThen(({ items }) => {
        const last = items.at(-1)?.seq ?? after;
        return items.length === 500 ? page(last) : okAsync(last);
      });
    return page(0);
  };

  /** After a 202 the work goes on: wait for the next assistant message and report it as the session's status. */
  const follow = (id: string, after: number): ResultAsync<SessionReply, CliError> =>
    ResultAsync.fromSafePromise(sleep(POLL_MS)).andThen(() =>
      call({
        method: 'GET',
        path: `/api/sessions/${path(id)}/messages`,
        query: { afterSeq: after, limit: 500 },
        response: MessageListSchema,
      }).andThen(({ items }) => {
        const answer = items.find((message) => message.role === 'assistant');
        if (answer === undefined) return follow(id, items.at(-1)?.seq ?? after);
        return session(id).map((current): SessionReply => ({
          kind: 'status',
          sessionId: id,
          phase: current.phase,
          status: current.status,
          text: answer.content,
        }));
      }),
    );

  /** Ctrl-C: stop the server's work, then wait (ignoring the signal) until the session says it stopped. */
  const cancel = (id: string, error: CliError): ResultAsync<never, CliError> => {
    const deadline = Date.now() + SETTLE_MS;
    const settle = (): ResultAsync<void, CliError> =>
      session(id, false).andThen((current) =>
        current.status !== 'active' || Date.now() > deadline
          ? okAsync(undefined)
          : ResultAsync.fromSafePromise(sleep(100)).andThen(settle),
      );
    return call(
      { method: 'POST', path: `/api/sessions/${path(id)}/cancel`, body: {}, response: SessionCancelledSchema },
      false,
    )
      .andThen(settle)
      .orElse(() => okAsync(undefined))
      .andThen(() => errAsync(error));
  };

  const deliver = (id: string, route: 'messages' | 'resume', body: unknown): ResultAsync<SessionReply, CliError> =>
    lastSeq(id).andThen((after) =>
      call({
        method: 'POST',
        path: `/api/sessions/${path(id)}/${route}`,
        query: { wait: WAIT_SECS },
        timeoutMs: (WAIT_SECS + 30) * 1000,
        body,
        response: SendMessageResponseSchema,
      })
        .andThen((response) => (response.status === 'done' ? okAsync(response.reply) : follow(id, after)))
        .orElse((error) =>
          error.code === 'aborted' || signal?.aborted === true ? cancel(id, error) : errAsync(error),
        ),
    );

  return {
    create: (request) => call({ method: 'POST', path: '/api/sessions', body: request, response: SessionSchema }),
    send: (id, text, options = {}) =>
      deliver(id, 'messages', { text, ...(options.force === undefined ? {} : { force: options.force }) }),
    resume: (id) => deliver(id, 'resume', {}),
  };
}
