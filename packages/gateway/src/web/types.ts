import type { ResultAsync } from 'neverthrow';
import type { Channel } from '../channel/channel.js';
import type { GatewayError } from '../errors/gateway-error.js';
import type { Logger } from '../logger/logger.js';
import type { Identity } from '../messages/identity.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';

/** Options for {@link createWebChannel}. */
export interface WebChannelOptions {
  /** Channel name. Default `web`. */
  readonly name?: string;
  /** Requests waiting to be read by the gateway; more are refused as `overloaded` (scope `channel`). Default 256. */
  readonly inboxSize?: number;
  /** Time limit of a request without `timeoutMs`. Default 120 000. */
  readonly defaultTimeoutMs?: number;
  /** Messages a {@link ReplyFeed} buffers before it drops its oldest. Default 64. */
  readonly feedBufferSize?: number;
  /** Receives warnings (misaddressed replies, throwing callbacks). Default: none. */
  readonly logger?: Logger;
  /** Id source for requests without `id`. Default `crypto.randomUUID`. */
  readonly createId?: () => string;
  /** Clock in epoch milliseconds, for `receivedAt`. Default `Date.now`. */
  readonly now?: () => number;
}

/** What the HTTP server submits on behalf of an authenticated user. */
export interface WebRequest {
  /** The authenticated user; only this identity receives the replies. */
  readonly sender: Identity;
  readonly sessionId: string;
  readonly text: string;
  readonly metadata?: Readonly<Record<string, string>>;
  /** The request id (e.g. the HTTP request id). Default: a new UUID. */
  readonly id?: string;
}

/** Options for {@link WebChannel.request}. */
export interface WebRequestOptions {
  /** Time limit for queue wait + handling; then `timeout`, and the handler is aborted. */
  readonly timeoutMs?: number;
  /** Cancels the request (e.g. the HTTP client went away): `aborted`, and the handler is aborted. */
  readonly signal?: AbortSignal;
  /** Receives each streamed partial, in order (e.g. to write an SSE event). Must not throw. */
  readonly onPartial?: (partial: OutgoingMessage) => void;
}

/** Options for {@link WebChannel.subscribe}. */
export interface FeedOptions {
  /** Closes the feed when aborted. */
  readonly signal?: AbortSignal;
  /** Default: the channel's `feedBufferSize`. */
  readonly bufferSize?: number;
}

/** A live, bounded stream of every outgoing message addressed to one user. */
export interface ReplyFeed extends AsyncIterable<OutgoingMessage> {
  /** Messages lost because the reader fell behind (the oldest are dropped first). */
  readonly dropped: number;
  /** Ends the feed; a waiting iteration finishes. Idempotent. */
  close(): void;
}

/**
 * The in-process channel the HTTP server uses: the server submits a user's message and awaits
 * the reply correlated by request id, streams its partials, or follows everything sent to one user.
 */
export interface WebChannel extends Channel {
  /**
   * Submits a message for `request.sender` and resolves with its final reply. Refuses at once
   * when the channel is not started (`stopped`), its inbox is full or the gateway is overloaded.
   */
  request(request: WebRequest, options?: WebRequestOptions): ResultAsync<OutgoingMessage, GatewayError>;
  /** Follows every message sent to `userId` (all their requests, from any tab) until closed. */
  subscribe(userId: string, options?: FeedOptions): ReplyFeed;
  /** Requests awaiting their final reply. */
  readonly pending: number;
}
