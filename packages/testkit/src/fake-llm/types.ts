/**
 * The vocabulary of the fake LLM servers: what a test scripts (replies) and what the server
 * records (requests). Everything here is plain JSON data so a script can live in a file and a
 * request log can cross a process boundary.
 */

/** A wire protocol the fake speaks, named like pi-ai's `api` ids. */
export type FakeLlmProtocol = 'anthropic-messages' | 'openai-completions' | 'openai-responses';

/** A tool call the fake model makes. */
export interface FakeLlmToolCall {
  /** Tool name as offered in the request. */
  readonly name: string;
  /**
   * Arguments: an object (sent as its JSON) or a raw string sent verbatim (e.g. broken JSON for a
   * validation test). Default `{}`.
   */
  readonly arguments?: Readonly<Record<string, unknown>> | string;
  /**
   * Call id. Default: unique per server (`toolu_fake_<request>_<n>` on Anthropic,
   * `call_fake_<request>_<n>` on OpenAI; the Responses item id is `fc_fake_<request>_<n>`).
   */
  readonly id?: string;
}

/** Token counts reported in the stream's usage frame. */
export interface FakeLlmUsage {
  /** Prompt tokens. Default: request body length / 4, rounded up. */
  readonly input?: number;
  /** Completion tokens. Default: (reply text + tool arguments) length / 4, rounded up, at least 1. */
  readonly output?: number;
}

/**
 * A failure injected into a streamed (HTTP 200) reply. `afterChunks` counts content chunks (text
 * deltas and tool-argument deltas) already written; 0 (the default) means right after the response
 * headers, before any body byte. When the reply has fewer chunks, the fault fires just before the
 * stop-reason frame, so the stream never completes.
 */
export type FakeLlmStreamFault =
  /** Destroy the socket (the client sees the connection close mid-body). */
  | { readonly kind: 'cut'; readonly afterChunks?: number }
  /** Write one frame whose JSON is truncated, then end the response. */
  | { readonly kind: 'malformed'; readonly afterChunks?: number }
  /** Write nothing more until the client goes away or the server closes. */
  | { readonly kind: 'stall'; readonly afterChunks?: number }
  /**
   * Write the protocol's in-stream error (Anthropic `event: error`, Chat Completions
   * `{"error":…}`, Responses `response.failed`), then end the response.
   */
  | { readonly kind: 'error-event'; readonly afterChunks?: number; readonly message?: string }
  /** Destroy the socket before any response headers (a network error; `afterChunks` is ignored). */
  | { readonly kind: 'reset' };

/** A successful (HTTP 200, streamed) model turn, optionally with a fault. */
export interface FakeLlmTurn {
  /**
   * Assistant text. A string is one chunk (or pieces of `chunkSize` characters); an array is sent
   * as exactly those chunks. Default: no text block.
   */
  readonly text?: string | readonly string[];
  /** Tool calls, after the text, in order. */
  readonly toolCalls?: readonly FakeLlmToolCall[];
  /** Reported token usage; omitted fields are estimated (see {@link FakeLlmUsage}). */
  readonly usage?: FakeLlmUsage;
  /** Why the turn ended. Default `toolUse` when there are tool calls, else `stop`. */
  readonly stopReason?: 'stop' | 'toolUse' | 'length';
  /**
   * A wire stop reason sent verbatim instead of `stopReason`: Anthropic `stop_reason`
   * (e.g. `refusal`), Chat Completions `finish_reason` (e.g. `content_filter`), Responses
   * `incomplete_details.reason` with status `incomplete`.
   */
  readonly rawStopReason?: string;
  /** Split string text and tool arguments into chunks of at most this many characters. */
  readonly chunkSize?: number;
  /** Wait this long before sending response headers. */
  readonly delayMs?: number;
  /** Wait this long between consecutive content chunks. */
  readonly chunkDelayMs?: number;
  /** Model id echoed in the stream. Default: the request's `model`. */
  readonly model?: string;
  /** An injected failure. */
  readonly fault?: FakeLlmStreamFault;
}

/** An HTTP error reply (no stream), with the provider's error body shape. */
export interface FakeLlmHttpError {
  /** Status code, 400–599 (e.g. 429, 500, 529). */
  readonly status: number;
  /** Error message in the body. Default: a description of the status. */
  readonly message?: string;
  /** `retry-after` header, in seconds. */
  readonly retryAfter?: number;
  /** `retry-after-ms` header, in milliseconds. */
  readonly retryAfterMs?: number;
  /** Extra response headers, e.g. `{ 'x-should-retry': 'false' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

/** One scripted reply: a streamed turn or an HTTP error. */
export type FakeLlmReply = FakeLlmTurn | FakeLlmHttpError;

/** A tool call seen in a request's transcript (an earlier assistant turn). */
export interface FakeLlmRecordedToolCall {
  readonly id: string;
  readonly name: string;
  /** Parsed arguments (the raw string when it is not JSON). */
  readonly arguments: unknown;
}

/** One transcript message of a request, the same shape for every protocol. */
export interface FakeLlmMessage {
  readonly role: 'user' | 'assistant' | 'tool';
  /** The message's text parts joined with newlines (for a `tool` message: the result's text). */
  readonly text: string;
  /** Tool calls of an assistant message (empty otherwise). */
  readonly toolCalls: readonly FakeLlmRecordedToolCall[];
  /** For a `tool` message: the call it answers. */
  readonly toolCallId?: string;
  /** For a `tool` message: whether the client marked it as an error (Anthropic only). */
  readonly isError?: boolean;
}

/** A tool offered in a request. */
export interface FakeLlmTool {
  readonly name: string;
  readonly description?: string;
  /** Its JSON Schema as sent on the wire. */
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** A request the fake received, parsed and normalised across protocols. */
export interface FakeLlmRequest {
  /** 0-based arrival order on this server. */
  readonly index: number;
  readonly protocol: FakeLlmProtocol;
  readonly method: string;
  /** Path with query string, e.g. `/v1/messages?beta=true`. */
  readonly path: string;
  /** Lower-case header names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, untouched. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly model: string | undefined;
  readonly stream: boolean;
  /** All system / developer instructions joined with a blank line; undefined when there are none. */
  readonly system: string | undefined;
  /** The transcript without system messages. */
  readonly messages: readonly FakeLlmMessage[];
  readonly tools: readonly FakeLlmTool[];
  /** Text of the last `user` message. */
  readonly lastUserText: string | undefined;
  /** `max_tokens` / `max_completion_tokens` / `max_output_tokens`, when sent. */
  readonly maxTokens: number | undefined;
  /** `Date.now()` when the body had been read. */
  readonly receivedAt: number;
}

/**
 * Answers a request: return a reply, or `undefined` to fall through to the server's `fallback` (or
 * the "script ran out" error). Exceptions become a 500 that names the error.
 */
export type FakeLlmResponder = (
  request: FakeLlmRequest,
) => FakeLlmReply | undefined | Promise<FakeLlmReply | undefined>;
