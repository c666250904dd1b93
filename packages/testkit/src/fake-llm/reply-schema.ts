import { z } from 'zod';
import type { FakeLlmReply } from './types.js';

const count = z.int().nonnegative();

const ToolCallSchema = z.strictObject({
  name: z.string().min(1),
  arguments: z.union([z.string(), z.record(z.string(), z.unknown()).readonly()]).optional(),
  id: z.string().min(1).optional(),
});

const FaultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cut'), afterChunks: count.optional() }),
  z.strictObject({ kind: z.literal('malformed'), afterChunks: count.optional() }),
  z.strictObject({ kind: z.literal('stall'), afterChunks: count.optional() }),
  z.strictObject({ kind: z.literal('error-event'), afterChunks: count.optional(), message: z.string().optional() }),
  z.strictObject({ kind: z.literal('reset') }),
]);

const TurnSchema = z.strictObject({
  text: z.union([z.string(), z.array(z.string()).readonly()]).optional(),
  toolCalls: z.array(ToolCallSchema).readonly().optional(),
  usage: z.strictObject({ input: count.optional(), output: count.optional() }).optional(),
  stopReason: z.enum(['stop', 'toolUse', 'length']).optional(),
  rawStopReason: z.string().min(1).optional(),
  chunkSize: z.int().positive().optional(),
  delayMs: count.optional(),
  chunkDelayMs: count.optional(),
  model: z.string().optional(),
  fault: FaultSchema.optional(),
});

const HttpErrorSchema = z.strictObject({
  status: z.int().min(400).max(599),
  message: z.string().optional(),
  retryAfter: z.number().nonnegative().optional(),
  retryAfterMs: count.optional(),
  headers: z.record(z.string(), z.string()).readonly().optional(),
  delayMs: count.optional(),
});

/** Validates one {@link FakeLlmReply} that arrives as JSON (a script file or the control endpoint). */
export const FakeLlmReplySchema = z.union([HttpErrorSchema, TurnSchema]);

/**
 * A script for a fake LLM server started from a file or stdin: the queued `replies` and a
 * `fallback` answered once the queue is empty. A bare array is shorthand for `{ replies }`.
 */
export const FakeLlmScriptSchema = z.union([
  z.array(FakeLlmReplySchema).transform((replies) => ({ replies, fallback: undefined })),
  z.strictObject({ replies: z.array(FakeLlmReplySchema).default([]), fallback: FakeLlmReplySchema.optional() }),
]);

/** A parsed {@link FakeLlmScriptSchema}. */
export interface FakeLlmScript {
  readonly replies: readonly FakeLlmReply[];
  readonly fallback: FakeLlmReply | undefined;
}

/** The outcome of {@link parseFakeLlmScript}. */
export type ParsedFakeLlmScript =
  { readonly ok: true; readonly script: FakeLlmScript } | { readonly ok: false; readonly message: string };

/** Validates a script's JSON value; a failure's message names the offending paths. */
export function parseFakeLlmScript(value: unknown): ParsedFakeLlmScript {
  const result = FakeLlmScriptSchema.safeParse(value);
  if (!result.success) return { ok: false, message: z.prettifyError(result.error) };
  // Strict objects add no keys, so the parsed data has exactly the reply shape.
  const { replies, fallback } = result.data as { replies: FakeLlmReply[]; fallback?: FakeLlmReply | undefined };
  return { ok: true, script: { replies, fallback } };
}

/** Validates replies that arrive as JSON (a bare reply or an array of them). */
export function parseFakeLlmReplies(value: unknown): ParsedFakeLlmReplies {
  const result = z.union([FakeLlmReplySchema, z.array(FakeLlmReplySchema)]).safeParse(value);
  if (!result.success) return { ok: false, message: z.prettifyError(result.error) };
  const replies = (Array.isArray(result.data) ? result.data : [result.data]) as FakeLlmReply[];
  return { ok: true, replies };
}

/** The outcome of {@link parseFakeLlmReplies}. */
export type ParsedFakeLlmReplies =
  { readonly ok: true; readonly replies: readonly FakeLlmReply[] } | { readonly ok: false; readonly message: string };
