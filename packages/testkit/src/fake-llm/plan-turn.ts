import type { FakeLlmRequest, FakeLlmTurn } from './types.js';

/** A tool call with every default resolved. */
export interface PlannedToolCall {
  /** The call id (`tool_use.id`, `tool_calls[].id`, Responses `call_id`). */
  readonly id: string;
  /** The Responses output item id (`fc_…`). */
  readonly itemId: string;
  readonly name: string;
  /** The full arguments text. */
  readonly argumentsJson: string;
  /** `argumentsJson` split into the chunks to stream. */
  readonly chunks: readonly string[];
}

/** A {@link FakeLlmTurn} with every default resolved, ready for a protocol to encode. */
export interface TurnPlan {
  /** Message / completion / response id. */
  readonly responseId: string;
  readonly model: string;
  /** Text chunks; empty means no text block. */
  readonly textChunks: readonly string[];
  readonly toolCalls: readonly PlannedToolCall[];
  readonly usage: { readonly input: number; readonly output: number };
  readonly stopReason: 'stop' | 'toolUse' | 'length';
  readonly rawStopReason: string | undefined;
}

function split(text: string, size: number | undefined): string[] {
  if (text === '') return [];
  if (size === undefined) return [text];
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

/** Resolves a scripted turn's defaults for one request. */
export function planTurn(turn: FakeLlmTurn, request: FakeLlmRequest): TurnPlan {
  const textChunks = typeof turn.text === 'string' ? split(turn.text, turn.chunkSize) : [...(turn.text ?? [])];
  const callPrefix = request.protocol === 'anthropic-messages' ? 'toolu' : 'call';
  const toolCalls = (turn.toolCalls ?? []).map((call, position): PlannedToolCall => {
    const argumentsJson = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {});
    const suffix = `fake_${request.index}_${position}`;
    return {
      id: call.id ?? `${callPrefix}_${suffix}`,
      itemId: `fc_${suffix}`,
      name: call.name,
      argumentsJson,
      chunks: split(argumentsJson, turn.chunkSize),
    };
  });
  const outputChars = textChunks.join('').length + toolCalls.reduce((sum, call) => sum + call.argumentsJson.length, 0);
  return {
    responseId: `fake_${request.index}`,
    model: turn.model ?? request.model ?? 'fake-model',
    textChunks,
    toolCalls,
    usage: {
      input: turn.usage?.input ?? Math.ceil(JSON.stringify(request.body).length / 4),
      output: turn.usage?.output ?? Math.max(1, Math.ceil(outputChars / 4)),
    },
    stopReason: turn.stopReason ?? (toolCalls.length > 0 ? 'toolUse' : 'stop'),
    rawStopReason: turn.rawStopReason,
  };
}
