import type { ResultAsync } from 'neverthrow';
import type { OuroborosOperation } from '../errors/ouroboros-error.js';

/** A message of the conversation sent to the model. The system prompt travels separately. */
export interface LlmMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

/** A JSON Schema object (draft 2020-12) describing the reply the engine expects. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** One structured completion the engine asks of the model. */
export interface LlmRequest {
  /** Which engine operation is asking: lets an adapter pick a model tier or log. */
  readonly operation: OuroborosOperation;
  readonly system: string;
  readonly messages: readonly LlmMessage[];
  readonly temperature: number;
  /** A short identifier for the reply shape (`clarity_scores`): a tool name or JSON-mode schema name. */
  readonly schemaName: string;
  /** The reply's JSON Schema: pass it as a tool's parameters or as a JSON-mode response format. */
  readonly jsonSchema: JsonSchema;
  /** Aborted on cancellation or timeout; the adapter should stop the request. */
  readonly signal: AbortSignal;
}

/**
 * The model's reply: `text` that should hold one JSON value (JSON mode), or an already-parsed
 * `json` value (a tool call's arguments). The engine validates either with zod.
 */
export type LlmReply =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'json'; readonly value: unknown };

/** Why the port could not produce a reply (provider error, network, refusal, abort). */
export interface LlmPortError {
  readonly message: string;
  /** The provider's own error or stop reason, kept for logs. */
  readonly cause?: unknown;
}

/**
 * The only way the engine reaches an LLM. A host implements it over its SDK — with a forced tool
 * call whose parameters are `jsonSchema`, or with JSON mode — and returns failures as values.
 */
export interface LlmPort {
  complete(request: LlmRequest): ResultAsync<LlmReply, LlmPortError>;
}
