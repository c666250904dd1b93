import { z } from 'zod';
import { IdSchema, TimestampSchema, pageSchema } from './common.js';

/** Where a session stands; `interrupted` sessions can be resumed. */
export const SessionStatusSchema = z.enum(['active', 'completed', 'interrupted', 'failed']);

/** A conversation between a user and Oxios. */
export const SessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  title: z.string().nullable(),
  personaId: z.string().nullable(),
  /** The Ouroboros phase: interview, seed, execute, evaluate, evolve, done. */
  phase: z.string(),
  status: SessionStatusSchema,
  statusReason: z.string().nullable(),
  activeSeedId: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionListSchema = pageSchema(SessionSchema);
export type SessionList = z.infer<typeof SessionListSchema>;

/** `GET /api/sessions` query. */
export const SessionListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  status: SessionStatusSchema.optional(),
  /** Admins only: another user's sessions. */
  userId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/)
    .optional(),
});

/** `POST /api/sessions`. */
export const CreateSessionRequestSchema = z.strictObject({
  title: z.string().min(1).max(200).optional(),
  personaId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequestSchema>;

/** A message in a session. */
export const MessageSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  seq: z.number().int(),
  role: z.enum(['user', 'assistant', 'system', 'tool']),
  content: z.string(),
  createdAt: TimestampSchema,
});
export type Message = z.infer<typeof MessageSchema>;

export const MessageListSchema = z.object({ items: z.array(MessageSchema) });
export type MessageList = z.infer<typeof MessageListSchema>;

/** `GET /api/sessions/:id/messages` query. */
export const MessageListQuerySchema = z.strictObject({
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** Path parameter `:id` of a session. */
export const SessionParamsSchema = z.strictObject({ id: IdSchema });

/** `DELETE /api/sessions/:id`. */
export const SessionDeletedSchema = z.object({ deleted: z.literal(true) });
export type SessionDeleted = z.infer<typeof SessionDeletedSchema>;

/** `GET /api/sessions` filters (output of {@link SessionListQuerySchema}). */
export type SessionListQuery = z.infer<typeof SessionListQuerySchema>;
/** `GET /api/sessions/:id/messages` filters. */
export type MessageListQuery = z.infer<typeof MessageListQuerySchema>;
