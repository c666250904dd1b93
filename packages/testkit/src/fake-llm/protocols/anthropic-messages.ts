import type { FakeLlmMessage } from '../types.js';
import { isRecord, numberOf, recordsOf, stringOf, textOf } from '../json-values.js';
import type { TurnPlan } from '../plan-turn.js';
import { errorTypeOf, formatSse, type SseFrame, type WireProtocol } from './wire-protocol.js';

const stopReasons = { stop: 'end_turn', toolUse: 'tool_use', length: 'max_tokens' } as const;

function readMessages(body: Readonly<Record<string, unknown>>): FakeLlmMessage[] {
  const messages: FakeLlmMessage[] = [];
  for (const message of recordsOf(body.messages)) {
    const role = message.role === 'assistant' ? 'assistant' : 'user';
    const blocks =
      typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : recordsOf(message.content);
    const texts: string[] = [];
    const toolCalls: FakeLlmMessage['toolCalls'][number][] = [];
    const flushText = () => {
      if (texts.length > 0 || toolCalls.length > 0)
        messages.push({ role, text: texts.join('\n'), toolCalls: [...toolCalls] });
      texts.length = 0;
      toolCalls.length = 0;
    };
    for (const block of blocks) {
      if (block.type === 'text') texts.push(stringOf(block.text) ?? '');
      else if (block.type === 'tool_use')
        toolCalls.push({ id: stringOf(block.id) ?? '', name: stringOf(block.name) ?? '', arguments: block.input });
      else if (block.type === 'tool_result') {
        flushText();
        messages.push({
          role: 'tool',
          text: textOf(block.content),
          toolCalls: [],
          toolCallId: stringOf(block.tool_use_id) ?? '',
          isError: block.is_error === true,
        });
      }
    }
    flushText();
  }
  return messages;
}

function turnFrames(plan: TurnPlan): SseFrame[] {
  const frames: SseFrame[] = [];
  const push = (kind: SseFrame['kind'], data: Record<string, unknown>) => {
    frames.push({ kind, text: formatSse(data, String(data.type)) });
  };
  push('other', {
    type: 'message_start',
    message: {
      id: `msg_${plan.responseId}`,
      type: 'message',
      role: 'assistant',
      model: plan.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: plan.usage.input, output_tokens: 0 },
    },
  });
  let index = 0;
  if (plan.textChunks.length > 0) {
    push('other', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
    for (const text of plan.textChunks)
      push('delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
    push('other', { type: 'content_block_stop', index });
    index += 1;
  }
  for (const call of plan.toolCalls) {
    const block = { type: 'tool_use', id: call.id, name: call.name, input: {} };
    push('other', { type: 'content_block_start', index, content_block: block });
    for (const partial_json of call.chunks)
      push('delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } });
    push('other', { type: 'content_block_stop', index });
    index += 1;
  }
  const stop_reason = plan.rawStopReason ?? stopReasons[plan.stopReason];
  push('end', {
    type: 'message_delta',
    delta: { stop_reason, stop_sequence: null },
    usage: { output_tokens: plan.usage.output },
  });
  push('end', { type: 'message_stop' });
  return frames;
}

/** Anthropic Messages: `POST /v1/messages`, `event:` + `data:` frames. */
export const anthropicMessages: WireProtocol = {
  id: 'anthropic-messages',
  readTranscript(body) {
    const system = body.system === undefined ? undefined : textOf(body.system);
    const tools = recordsOf(body.tools).map((tool) => ({
      name: stringOf(tool.name) ?? '',
      ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
      parameters: isRecord(tool.input_schema) ? tool.input_schema : {},
    }));
    return { system, messages: readMessages(body), tools, maxTokens: numberOf(body.max_tokens) };
  },
  turnFrames,
  malformedFrame: () =>
    formatSse(
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"cut',
      'content_block_delta',
    ),
  errorEventFrame: (_plan, message) =>
    formatSse({ type: 'error', error: { type: 'overloaded_error', message } }, 'error'),
  errorBody: (status, message) => ({ type: 'error', error: { type: errorTypeOf(status), message } }),
};
