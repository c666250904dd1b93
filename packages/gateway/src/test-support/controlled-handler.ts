// Test support (not exported): a handler whose every call waits until the test settles it, so
// tests decide the order of events with promises instead of sleeps.
import { err, ok, type Result } from 'neverthrow';
import type { HandlerError } from '../errors/gateway-error.js';
import type { HandlerContext, HandlerReply, MessageHandler } from '../handler/message-handler.js';
import { deferred, type Deferred } from '../internal/deferred.js';
import type { IncomingMessage } from '../messages/incoming-message.js';

/** One call of a {@link ControlledHandler}, waiting for the test to settle it. */
export interface HandlerCall {
  readonly message: IncomingMessage;
  readonly context: HandlerContext;
  /** Ends the call with a text reply. */
  readonly reply: (text: string) => void;
  /** Ends the call with a handler error. */
  readonly fail: (error: HandlerError) => void;
  /** Ends the call by throwing (a handler bug). */
  readonly crash: (error: Error) => void;
}

/** A message handler the test drives call by call. */
export interface ControlledHandler {
  readonly handler: MessageHandler;
  /** Calls received so far, in order. */
  readonly calls: readonly HandlerCall[];
  /** The n-th call (from 0), waiting for it to arrive. */
  readonly call: (index: number) => Promise<HandlerCall>;
}

/** Creates a {@link ControlledHandler}. */
export function controlledHandler(): ControlledHandler {
  const calls: HandlerCall[] = [];
  const arrivals: Deferred<HandlerCall>[] = [];
  const arrival = (index: number): Deferred<HandlerCall> => {
    arrivals[index] ??= deferred<HandlerCall>();
    return arrivals[index];
  };
  const handler: MessageHandler = {
    handle(message, context) {
      const settled = deferred<Result<HandlerReply, HandlerError>>();
      const call: HandlerCall = {
        message,
        context,
        reply: (text) => {
          settled.resolve(ok({ content: { type: 'text', text } }));
        },
        fail: (error) => {
          settled.resolve(err(error));
        },
        crash: (error) => {
          settled.reject(error);
        },
      };
      arrival(calls.length).resolve(call);
      calls.push(call);
      return settled.promise;
    },
  };
  return { handler, calls, call: (index) => arrival(index).promise };
}

/** Lets every pending promise callback run (one macrotask turn): a flush, not a sleep. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
