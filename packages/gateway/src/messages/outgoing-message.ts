import { z } from 'zod';
import { ErrorBodySchema } from '../errors/error-body.js';
import { IdentitySchema } from './identity.js';
import { ChannelNameSchema, MetadataSchema } from './incoming-message.js';
import { JsonValueSchema } from './json-value.js';

/** Plain text for the user. */
export const TextContentSchema = z.object({ type: z.literal('text'), text: z.string() });

/** A structured payload (progress, a table, a tool result …) for clients that render it. */
export const DataContentSchema = z.object({ type: z.literal('data'), data: JsonValueSchema });

/** The request failed; `error` says why (the same shape as an HTTP error body). */
export const ErrorContentSchema = z.object({ type: z.literal('error'), error: ErrorBodySchema });

/** What a handler may reply or stream: text or a structured payload. */
export const ReplyContentSchema = z.discriminatedUnion('type', [TextContentSchema, DataContentSchema]);

/** What an outgoing message carries: a reply, or the error that ended the request. */
export const OutgoingContentSchema = z.discriminatedUnion('type', [
  TextContentSchema,
  DataContentSchema,
  ErrorContentSchema,
]);

/** Text or structured content a handler produces. */
export type ReplyContent = z.infer<typeof ReplyContentSchema>;

/** The content of an outgoing message. */
export type OutgoingContent = z.infer<typeof OutgoingContentSchema>;

/**
 * A message from Oxios to the user who sent a request: a streamed partial (`final: false`) or the
 * one final reply (`final: true`). Use this schema where replies cross a process boundary.
 */
export const OutgoingMessageSchema = z.object({
  /** Unique id of this outgoing message. */
  id: z.string().min(1).max(128),
  /** The `id` of the IncomingMessage this answers: the correlation key. */
  inReplyTo: z.string().min(1).max(128),
  /** The channel the request came from: the only channel that receives this message. */
  channel: ChannelNameSchema,
  sessionId: z.string().min(1).max(256),
  /** The sender of the request: the only identity that receives this message. */
  recipient: IdentitySchema,
  /** Position in this request's reply stream, from 0; the final message has the highest. */
  sequence: z.int().nonnegative(),
  /** True for the last message of the request (a reply or an error); false for partials. */
  final: z.boolean(),
  content: OutgoingContentSchema,
  metadata: MetadataSchema.default({}),
  /** When the gateway produced it (RFC 3339). */
  sentAt: z.iso.datetime({ offset: true }),
});

/** A message from Oxios to the user who sent a request. */
export type OutgoingMessage = z.infer<typeof OutgoingMessageSchema>;
