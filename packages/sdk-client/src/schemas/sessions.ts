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

/** `POST /api/sessions/:id/messages`. */
export const SendMessageRequestSchema = z.strictObject({
  /** The person's words: a request, an interview answer, or anything to continue. */
  text: z.string().min(1).max(50_000),
  /** Start work although the request is still ambiguous; the reason is recorded with the seed. */
  force: z.strictObject({ reason: z.string().min(1).max(2_000) }).optional(),
});
export type SendMessageRequest = z.infer<typeof SendMessageRequestSchema>;

/** `?wait=<seconds>`: how long to wait for the reply before answering 202 (the work goes on). */
export const SendMessageQuerySchema = z.strictObject({ wait: z.coerce.number().int().min(0).max(600).optional() });

/** How one acceptance criterion ended. */
export const CriterionOutcomeSchema = z.object({
  key: z.string(),
  description: z.string(),
  verdict: z.enum(['pass', 'fail', 'unresolved']),
  /** Its verify command could not run (no sandbox): never counted as passed. */
  unverified: z.boolean(),
  failures: z.array(z.string()),
  output: z.string().nullable(),
  score: z.number().nullable(),
});
export type CriterionOutcome = z.infer<typeof CriterionOutcomeSchema>;

/** What Oxios answered. */
export const SessionReplySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    sessionId: z.string(),
    round: z.number().int(),
    question: z.string(),
    ambiguity: z.number().nullable(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('result'),
    sessionId: z.string(),
    outcome: z.enum(['passed', 'failed', 'stagnated', 'exhausted']),
    seedId: z.string(),
    generation: z.number().int(),
    forced: z.boolean(),
    criteria: z.array(CriterionOutcomeSchema),
    workspace: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('status'),
    sessionId: z.string(),
    phase: z.string(),
    status: z.string(),
    text: z.string(),
  }),
]);
export type SessionReply = z.infer<typeof SessionReplySchema>;

/** The answer to a message: the reply, or 202 `running` when it takes longer than `wait`. */
export const SendMessageResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), reply: SessionReplySchema }),
  z.object({ status: z.literal('running'), sessionId: z.string() }),
]);
export type SendMessageResponse = z.infer<typeof SendMessageResponseSchema>;

/** `POST /api/sessions/:id/cancel`: how many messages in flight were stopped (0: nothing was running). */
export const SessionCancelledSchema = z.object({ cancelled: z.number().int().min(0) });
export type SessionCancelled = z.infer<typeof SessionCancelledSchema>;
