import { z } from 'zod';

/** Who sent a message or receives a reply: a user, an agent or a service account. */
export const IdentitySchema = z.object({
  /** Stable identifier, e.g. a user id; replies are delivered to exactly this id. */
  id: z.string().min(1).max(256),
  /** Display name, if the channel knows one. */
  name: z.string().max(256).optional(),
});

/** Who sent a message or receives a reply. */
export type Identity = z.infer<typeof IdentitySchema>;
