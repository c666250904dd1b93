import type { Result, ResultAsync } from 'neverthrow';
import type { HandlerError } from '../errors/gateway-error.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { ReplyContent } from '../messages/outgoing-message.js';

/** A reply or a streamed partial as a handler produces it; the gateway addresses and numbers it. */
export interface HandlerReply {
  readonly content: ReplyContent;
  /** Copied to the outgoing message's `metadata` (e.g. `phase`, `seedId`). */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** What the gateway passes to {@link MessageHandler.handle} with each message. */
export interface HandlerContext {
  /**
   * Aborted when the request times out, the requester cancels or the gateway stops. Stop work
   * promptly: the session's next message waits until this call settles (or `abortGraceMs` passes).
   */
  readonly signal: AbortSignal;
  /**
   * Streams a partial (progress, a token batch) to the requester, before the final reply.
   * Returns false, delivering nothing, once the request has ended.
   */
  readonly emit: (partial: HandlerReply) => boolean;
}

/**
 * What the gateway routes messages to; the kernel's orchestrator implements it. It is called at
 * most once at a time per session, and concurrently across sessions. Return the final reply, or a
 * {@link HandlerError} (a `KernelError` fits); throwing is treated as a bug and reported as
 * `handler-failed` with cause code `handler-threw`. Return a `ResultAsync` or a `Promise` of a `Result`.
 */
export interface MessageHandler {
  handle(
    message: IncomingMessage,
    context: HandlerContext,
  ): ResultAsync<HandlerReply, HandlerError> | Promise<Result<HandlerReply, HandlerError>>;
}
