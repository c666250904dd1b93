import type { Result, ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors/gateway-error.js';
import type { Logger } from '../logger/logger.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';

/** Why a channel asks the gateway to cancel a request. */
export type CancelReason = 'aborted' | 'timeout';

/** What the gateway gives a channel when it starts it. */
export interface ChannelContext {
  /** Aborted when the gateway stops reading this channel; end `incoming()` then. */
  readonly signal: AbortSignal;
  /**
   * Withdraws a request this channel produced: a queued one leaves its queue, a running one has
   * its handler's signal aborted. Nothing more is delivered for it. False when the id is unknown.
   */
  cancel(requestId: string, reason: CancelReason): boolean;
  /** The gateway's logger, bound to `{ channel: name }`. */
  readonly logger: Logger;
}

/** Options the gateway passes to {@link Channel.send}. */
export interface SendOptions {
  /** Aborted when delivery takes longer than the gateway's `sendTimeoutMs` or the gateway aborts. */
  readonly signal: AbortSignal;
}

/**
 * A way people reach Oxios (web, CLI, MCP, agent-to-agent). The gateway starts the channel, reads
 * its incoming messages, and sends each reply back to the channel its request came from, addressed
 * to the request's sender. Methods may return a `ResultAsync` or a `Promise` of a `Result`.
 */
export interface Channel {
  /** Unique among registered channels; equals `IncomingMessage.channel` of its messages. */
  readonly name: string;
  /** Prepares the channel. Called once, by `Gateway.register`. */
  start(context: ChannelContext): ResultAsync<void, GatewayError> | Promise<Result<void, GatewayError>>;
  /** Messages from users, read by the gateway until the iterable ends or `context.signal` aborts. */
  incoming(): AsyncIterable<IncomingMessage>;
  /**
   * Delivers one message to `message.recipient`, and to no one else. Messages of one request
   * arrive in `sequence` order; a slow send delays only the session it belongs to.
   */
  send(
    message: OutgoingMessage,
    options: SendOptions,
  ): ResultAsync<void, GatewayError> | Promise<Result<void, GatewayError>>;
  /** Releases the channel's resources. Called once, by `Gateway.stop`, after work has drained. */
  stop(): Promise<void>;
}
