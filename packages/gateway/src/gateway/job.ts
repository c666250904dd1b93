import type { GatewayError } from '../errors/gateway-error.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { OutgoingContent, OutgoingMessage } from '../messages/outgoing-message.js';

/** Where a request's outgoing messages go: a channel, or the caller of `request`. */
export interface ReplySink {
  /** Receives each partial and the final reply, in order. */
  deliver(message: OutgoingMessage): PromiseLike<void> | void;
  /** Receives the error that ended the request, with the same error as an outgoing message. */
  fail(error: GatewayError, message: OutgoingMessage): PromiseLike<void> | void;
}

/** One accepted message on its way through the gateway. */
export interface Job {
  readonly message: IncomingMessage;
  readonly sink: ReplySink;
  /** Name of the channel that produced the message, if it came from `incoming()`/`submit`. */
  readonly origin: string | undefined;
  /** The request's time limit (queue wait + handling). */
  readonly timeoutMs: number;
  /** Aborts the handler's signal. */
  readonly controller: AbortController;
  phase: 'queued' | 'running';
  /** True once the requester has had its final message (or the request was withdrawn). */
  ended: boolean;
  /** The next outgoing `sequence`. */
  sequence: number;
  /** Deliveries to the sink, chained so they arrive in order. */
  delivery: Promise<void>;
  /** Clears the timeout and the caller's abort listener. */
  dispose: () => void;
}

/** Builds the next outgoing message of `job`. */
export function nextOutgoing(
  job: Job,
  content: OutgoingContent,
  final: boolean,
  stamp: { readonly id: string; readonly at: number },
  metadata: Readonly<Record<string, string>> = {},
): OutgoingMessage {
  const sequence = job.sequence;
  job.sequence += 1;
  return replyTo(job.message, content, { final, sequence, metadata, ...stamp });
}

/** Builds an outgoing message answering `request`, addressed to its sender on its channel. */
export function replyTo(
  request: IncomingMessage,
  content: OutgoingContent,
  fields: {
    readonly id: string;
    readonly at: number;
    readonly sequence: number;
    readonly final: boolean;
    readonly metadata?: Readonly<Record<string, string>>;
  },
): OutgoingMessage {
  return {
    id: fields.id,
    inReplyTo: request.id,
    channel: request.channel,
    sessionId: request.sessionId,
    recipient: request.sender,
    sequence: fields.sequence,
    final: fields.final,
    content,
    metadata: { ...fields.metadata },
    sentAt: new Date(fields.at).toISOString(),
  };
}
