import type { Result, ResultAsync } from 'neverthrow';
import type { Channel } from '../channel/channel.js';
import type { GatewayError } from '../errors/gateway-error.js';
import type { MessageHandler } from '../handler/message-handler.js';
import type { Logger } from '../logger/logger.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';

/** Options for {@link createGateway}. */
export interface GatewayOptions {
  /** Where messages go: the kernel's orchestrator, or any {@link MessageHandler}. */
  readonly handler: MessageHandler;
  /** Handlers running at once across all sessions. Default 8. */
  readonly maxConcurrent?: number;
  /** Messages waiting for a slot across all sessions; more are refused as `overloaded`. Default 256. */
  readonly maxQueued?: number;
  /** Messages waiting in one session behind its running one; more are refused. Default 16. */
  readonly maxQueuedPerSession?: number;
  /** Time limit (queue wait + handling) for messages read from channels and for `request` without `timeoutMs`. Default 120 000. */
  readonly defaultTimeoutMs?: number;
  /** Time limit for one `Channel.send`. Default 10 000. */
  readonly sendTimeoutMs?: number;
  /**
   * How long an aborted handler may keep its session's slot. After that the slot is freed (the
   * session's next message may start) and the handler is counted as `abandoned`. Default 5 000.
   */
  readonly abortGraceMs?: number;
  /** Receives warnings (abandoned handlers, failed deliveries) and debug traces. Default: none. */
  readonly logger?: Logger;
  /** Id source for outgoing messages. Default `crypto.randomUUID`. */
  readonly createId?: () => string;
  /** Clock in epoch milliseconds, for `sentAt`. Default `Date.now`. */
  readonly now?: () => number;
}

/** Options for {@link Gateway.submit}. */
export interface SubmitOptions {
  /** Time limit for queue wait + handling. Default: the gateway's `defaultTimeoutMs`. */
  readonly timeoutMs?: number;
}

/** Options for {@link Gateway.request}. */
export interface RequestOptions {
  /** Time limit for queue wait + handling; then the result is `timeout` and the handler is aborted. */
  readonly timeoutMs?: number;
  /** Cancels the request: the result is `aborted` and the handler is aborted. */
  readonly signal?: AbortSignal;
  /** Receives each streamed partial, in order, before the request resolves. Must not throw. */
  readonly onPartial?: (partial: OutgoingMessage) => void;
}

/** Options for {@link Gateway.stop}. */
export interface StopOptions {
  /** `drain` (default) lets queued and running work finish until the deadline; `abort` ends it now. */
  readonly mode?: 'drain' | 'abort';
  /** How long a drain may take before the rest is aborted. Default 10 000. */
  readonly deadlineMs?: number;
  /** Aborting it turns a drain into an abort. */
  readonly signal?: AbortSignal;
}

/** What {@link Gateway.stop} did. */
export interface StopReport {
  /** Requests that finished on their own during the stop. */
  readonly drained: number;
  /** Requests the stop ended with a `stopped` error. */
  readonly aborted: number;
  /** Handlers that ignored their abort signal beyond `abortGraceMs` during the stop. */
  readonly abandoned: number;
}

/** Counters and gauges for metrics. Counters only grow; gauges are the current value. */
export interface GatewayStats {
  /** Gauge: messages waiting for a slot. */
  readonly queued: number;
  /** Gauge: handler calls holding a slot (including aborted ones within their grace). */
  readonly inFlight: number;
  /** Gauge: sessions with a message waiting or running. */
  readonly sessions: number;
  /** Messages accepted for handling. */
  readonly accepted: number;
  /** Messages refused at the door (`overloaded`, `stopped`, `duplicate-request`, …). */
  readonly rejected: number;
  /** Requests that ended with the handler's reply. */
  readonly completed: number;
  /** Requests that ended with `handler-failed`. */
  readonly failed: number;
  /** Requests that ended with `timeout`. */
  readonly timedOut: number;
  /** Requests cancelled by their requester or ended by `stop`. */
  readonly aborted: number;
  /** Handlers that did not settle within `abortGraceMs` after being aborted. */
  readonly abandoned: number;
  /** Messages a channel failed to deliver. */
  readonly deliveryFailed: number;
}

/**
 * The channel-agnostic message hub. It reads every registered channel, routes each message to
 * the handler (concurrently across sessions, one at a time within a session) and sends each reply
 * only to the channel and sender of its request.
 */
export interface Gateway {
  /** Starts `channel` and begins reading its incoming messages. */
  register(channel: Channel): ResultAsync<void, GatewayError>;
  /** Names of the registered channels, in registration order. */
  channelNames(): readonly string[];
  /**
   * Queues a message whose replies go to the registered channel named `message.channel`.
   * Refuses at once (`overloaded`, `stopped`, `duplicate-request`, `channel-not-found`) instead of waiting.
   */
  submit(message: IncomingMessage, options?: SubmitOptions): Result<void, GatewayError>;
  /**
   * Handles a message and resolves with its final reply (the outgoing message whose `inReplyTo`
   * is `message.id`); partials go to `onPartial`. Replies go to the caller only, never to a channel.
   */
  request(message: IncomingMessage, options?: RequestOptions): ResultAsync<OutgoingMessage, GatewayError>;
  /** A snapshot of the counters. */
  stats(): GatewayStats;
  /** Refuses new work, drains or aborts the rest, stops every channel. Idempotent. */
  stop(options?: StopOptions): Promise<StopReport>;
}
