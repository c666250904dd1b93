/**
 * The one error union of @oxios/gateway. Every expected failure of a gateway or web-channel
 * function is a plain object of this union, discriminated by `code`; match on `code` to handle a
 * variant. Programmer errors (invalid options, broken invariants) throw instead.
 *
 * The HTTP status each code suggests is documented in the package README; apps/server keeps the
 * authoritative table.
 */
export type GatewayError =
  | OverloadedError
  | TimeoutError
  | AbortedError
  | StoppedError
  | ChannelNotFoundError
  | ChannelExistsError
  | ChannelFailedError
  | HandlerFailedError
  | InvalidMessageError
  | DuplicateRequestError;

/** Every `code` a GatewayError can carry. */
export type GatewayErrorCode = GatewayError['code'];

/** Which bounded queue refused a message. */
export type OverloadScope = 'global' | 'session' | 'channel';

/** A bounded queue is full: the message was refused at once rather than waiting. */
export interface OverloadedError {
  readonly code: 'overloaded';
  readonly message: string;
  /** `global`: all sessions together; `session`: one session; `channel`: a channel's inbox. */
  readonly scope: OverloadScope;
  /** The capacity that was reached. */
  readonly limit: number;
  /** The session whose queue was full (scope `session` only). */
  readonly sessionId?: string;
}

/** No final reply arrived within the time limit; the handler's signal was aborted. */
export interface TimeoutError {
  readonly code: 'timeout';
  readonly message: string;
  readonly requestId: string;
  readonly timeoutMs: number;
}

/** The caller cancelled the request through its AbortSignal. */
export interface AbortedError {
  readonly code: 'aborted';
  readonly message: string;
  readonly requestId: string;
}

/** The gateway or channel is stopping or stopped (or was never started) and takes no more work. */
export interface StoppedError {
  readonly code: 'stopped';
  readonly message: string;
}

/** No channel with that name is registered. */
export interface ChannelNotFoundError {
  readonly code: 'channel-not-found';
  readonly message: string;
  readonly channel: string;
}

/** A channel with that name is already registered. */
export interface ChannelExistsError {
  readonly code: 'channel-exists';
  readonly message: string;
  readonly channel: string;
}

/** What a gateway was doing with a channel when it failed. */
export type ChannelOperation = 'start' | 'receive' | 'send' | 'stop';

/** A channel failed to start, receive or deliver. */
export interface ChannelFailedError {
  readonly code: 'channel-failed';
  readonly message: string;
  readonly channel: string;
  readonly operation: ChannelOperation;
  /** The underlying error, kept for logs; never sent to users. */
  readonly cause?: unknown;
}

/**
 * What a {@link MessageHandler} returns on failure. A `KernelError` fits as it is. Only `code`
 * and `message` are kept and may reach the user, so the message must be safe to show.
 */
export interface HandlerError {
  readonly code: string;
  readonly message: string;
}

/** The message handler returned an error (or threw, which is reported as code `handler-threw`). */
export interface HandlerFailedError {
  readonly code: 'handler-failed';
  readonly message: string;
  readonly requestId: string;
  /** The handler's own error: its `code` and `message` only. */
  readonly cause: HandlerError;
}

/** One problem found while validating a message. */
export interface MessageIssue {
  /** Dotted path of the offending field, e.g. `sender.id`; empty for the whole message. */
  readonly path: string;
  readonly message: string;
}

/** A message failed validation. */
export interface InvalidMessageError {
  readonly code: 'invalid-message';
  readonly message: string;
  readonly issues: readonly MessageIssue[];
}

/** A request with this id is already queued or in flight. */
export interface DuplicateRequestError {
  readonly code: 'duplicate-request';
  readonly message: string;
  readonly requestId: string;
}
