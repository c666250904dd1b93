import type {
  Api,
  AssistantMessage,
  AssistantMessageEventStream,
  Context,
  Model,
  Models,
  SimpleStreamOptions,
  TranscriptContext,
  Usage,
} from '@earendil-works/pi-ai';
import type { Result, ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { KernelError } from '../../errors/kernel-error.js';
import type { CircuitState } from './circuit-breaker.js';

/** A retry the engine is about to make. */
export interface LlmRetry {
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
  /** Why the previous attempt failed. */
  readonly error: KernelError;
  /** True when events of the failed attempt were already forwarded; the retry's replace them. */
  readonly discardPartial: boolean;
}

/** Hooks and the cancellation signal of one request. Hooks must not throw. */
export interface LlmRequestObserver {
  /** Aborting ends the request with an `aborted` error. */
  readonly signal?: AbortSignal | undefined;
  /** The request's usage, summed over its attempts, and its final message. Called once per request. */
  readonly onUsage?: ((usage: Usage, message: AssistantMessage) => void) | undefined;
  readonly onRetry?: ((retry: LlmRetry) => void) | undefined;
  /** The typed error a failed request ended with (its message is also the event's `errorMessage`). */
  readonly onError?: ((error: KernelError) => void) | undefined;
}

/** Whom a request is for: its usage is recorded against these ids. */
export interface LlmAttribution {
  readonly sessionId?: string | undefined;
  readonly agentId?: string | undefined;
  readonly runId?: string | undefined;
}

/** Options of one engine request. */
export interface LlmRequestOptions extends LlmRequestObserver, LlmAttribution {
  readonly maxTokens?: number | undefined;
  readonly temperature?: number | undefined;
}

/** A plain conversation message (the system prompt travels separately). */
export interface LlmMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

/** One non-agent request: a system prompt and messages, answered in full. */
export interface LlmCompleteRequest extends LlmRequestOptions {
  /** `<provider>/<model>`; default `[llm] default_model`. */
  readonly model?: string | undefined;
  readonly system?: string | undefined;
  readonly messages: readonly LlmMessage[];
}

/** A request whose reply must be JSON matching `jsonSchema`, validated by `schema`. */
export interface StructuredCompletionRequest<T> extends LlmRequestOptions {
  readonly model?: string | undefined;
  readonly system: string;
  readonly messages: readonly LlmMessage[];
  /** Names the reply shape; it becomes the forced tool's name (`[a-zA-Z0-9_-]{1,64}`). */
  readonly schemaName: string;
  /** What the reply is, for the model. */
  readonly description?: string | undefined;
  /** The reply's JSON Schema (an object schema): the forced tool's parameters. */
  readonly jsonSchema: Readonly<Record<string, unknown>>;
  /** Validates the parsed reply; never trust the model. */
  readonly schema: z.ZodType<T>;
  /** Times an invalid reply is sent back with its problems for another try. Default 1. */
  readonly repairAttempts?: number | undefined;
}

/** A validated structured reply. */
export interface StructuredCompletion<T> {
  readonly value: T;
  readonly provider: string;
  readonly model: string;
  /** Usage of every request it took (repairs included). */
  readonly usage: Usage;
}

/** The stream function a pi-agent-core `Agent` takes (`streamFn`). */
export type LlmStreamFunction = (
  model: Model<Api>,
  context: TranscriptContext,
  options?: SimpleStreamOptions,
) => AssistantMessageEventStream;

/** The LLM engine: configured providers behind retries, watchdogs, timeouts and circuit breakers. */
export interface LlmEngine {
  /** The pi-ai collection the engine routes through (read-only use). */
  readonly models: Models;
  /**
   * Resolves `<provider>/<model>` (default: `[llm] default_model`) to a model whose provider is
   * configured and has its key; `llm-not-configured` says what to set otherwise.
   */
  resolveModel(reference?: string): Result<Model<Api>, KernelError>;
  /** Streams one request with the engine's resilience. Never throws; failures end in an `error` event. */
  stream(model: Model<Api>, context: Context, options?: LlmRequestOptions): AssistantMessageEventStream;
  /** A `streamFn` for pi-agent-core's Agent with the engine's resilience and the given hooks. */
  streamFunction(options?: LlmRequestOptions): LlmStreamFunction;
  /** One request answered in full, or its typed error. */
  complete(request: LlmCompleteRequest): ResultAsync<AssistantMessage, KernelError>;
  /**
   * One request that must return JSON matching `jsonSchema`, through a forced tool call (pi-ai has no
   * JSON mode); the reply is validated with `schema`, and an invalid one is sent back for repair.
   */
  completeStructured<T>(request: StructuredCompletionRequest<T>): ResultAsync<StructuredCompletion<T>, KernelError>;
  /** A provider's circuit state. */
  circuitState(provider: string): CircuitState;
}
