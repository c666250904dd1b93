import type { FakeLlmMessage, FakeLlmProtocol, FakeLlmTool } from '../types.js';
import type { TurnPlan } from '../plan-turn.js';

/** The protocol-neutral parts of a request body. */
export interface RequestTranscript {
  readonly system: string | undefined;
  readonly messages: readonly FakeLlmMessage[];
  readonly tools: readonly FakeLlmTool[];
  readonly maxTokens: number | undefined;
}

/**
 * One server-sent event, ready to write. `delta` frames carry content (they are the chunks a
 * fault counts); `end` frames carry the stop reason and everything after it.
 */
export interface SseFrame {
  readonly kind: 'delta' | 'end' | 'other';
  readonly text: string;
}

/** How one wire protocol reads requests and writes replies. */
export interface WireProtocol {
  readonly id: FakeLlmProtocol;
  /** Reads a request body into the shared transcript shape. */
  readTranscript(body: Readonly<Record<string, unknown>>): RequestTranscript;
  /** Every frame of a complete streamed turn, in order. */
  turnFrames(plan: TurnPlan): readonly SseFrame[];
  /** A frame whose JSON is cut off, so no parser (or JSON repair) can read it. */
  malformedFrame(plan: TurnPlan): string;
  /** The protocol's in-stream error. */
  errorEventFrame(plan: TurnPlan, message: string): string;
  /** The JSON body of an HTTP error response. */
  errorBody(status: number, message: string): unknown;
}

/** Formats one server-sent event: an optional `event:` line, one `data:` line, a blank line. */
export function formatSse(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event === undefined ? '' : `event: ${event}\n`}data: ${payload}\n\n`;
}

/** The provider-style error type for an HTTP status (Anthropic and OpenAI share these names). */
export function errorTypeOf(status: number): string {
  if (status === 400) return 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  return status >= 500 ? 'api_error' : 'invalid_request_error';
}
