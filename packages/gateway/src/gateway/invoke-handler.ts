import { err, type Result } from 'neverthrow';
import type { HandlerError } from '../errors/gateway-error.js';
import type { HandlerContext, HandlerReply, MessageHandler } from '../handler/message-handler.js';
import type { Logger } from '../logger/logger.js';
import type { IncomingMessage } from '../messages/incoming-message.js';

/** The cause recorded when a handler throws or rejects instead of returning an error. */
export const HANDLER_THREW: HandlerError = {
  code: 'handler-threw',
  message: 'the message handler failed unexpectedly',
};

/** What became of a handler call. */
export type HandlerOutcome =
  { readonly kind: 'settled'; readonly result: Result<HandlerReply, HandlerError> } | { readonly kind: 'abandoned' };

/**
 * Calls the handler and waits for it to settle, or — once `context.signal` has aborted — for at
 * most `graceMs` more. A throw or rejection is a bug in the handler: it is logged and reported as
 * {@link HANDLER_THREW}, never rethrown.
 */
export function invokeHandler(
  handler: MessageHandler,
  message: IncomingMessage,
  context: HandlerContext,
  graceMs: number,
  logger: Logger,
): Promise<HandlerOutcome> {
  const threw = (error: unknown): Result<HandlerReply, HandlerError> => {
    logger.error({ err: error, requestId: message.id }, 'message handler threw');
    return err(HANDLER_THREW);
  };
  // An async wrapper turns a synchronous throw into a rejection, so one path handles both.
  const settled = (async () => await handler.handle(message, context))().then((result) => result, threw);
  const signal = context.signal;
  return new Promise<HandlerOutcome>((resolve) => {
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const startGrace = (): void => {
      graceTimer = setTimeout(() => {
        resolve({ kind: 'abandoned' });
      }, graceMs);
    };
    void settled.then((result) => {
      clearTimeout(graceTimer);
      signal.removeEventListener('abort', startGrace);
      resolve({ kind: 'settled', result });
    });
    if (signal.aborted) startGrace();
    else signal.addEventListener('abort', startGrace, { once: true });
  });
}
