import { z } from 'zod';
import { IdentitySchema } from './identity.js';

/** A channel name: lowercase letters, digits and dashes, e.g. `web`, `cli`, `a2a`. */
export const ChannelNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected lowercase letters, digits and dashes (at most 64)');

/** String key/value pairs a channel attaches to a message (client hints, trace ids, …). */
export const MetadataSchema = z.record(z.string(), z.string());

/**
 * A message from a user to Oxios, as a channel hands it to the gateway. Use this schema where a
 * message enters from outside the process; see `parseIncomingMessage`.
 */
export const IncomingMessageSchema = z.object({
  /** The request id: unique among the requests in flight; every reply carries it as `inReplyTo`. */
  id: z.string().min(1).max(128),
  /** Name of the channel the message arrived on; replies go back to this channel only. */
  channel: ChannelNameSchema,
  /** Messages of one session are handled one at a time, in arrival order. */
  sessionId: z.string().min(1).max(256),
  /** Who sent it; replies are addressed to this identity only. */
  sender: IdentitySchema,
  text: z.string(),
  metadata: MetadataSchema.default({}),
  /** When the channel received it (RFC 3339). */
  receivedAt: z.iso.datetime({ offset: true }),
});

/** A message from a user to Oxios. */
export type IncomingMessage = z.infer<typeof IncomingMessageSchema>;
