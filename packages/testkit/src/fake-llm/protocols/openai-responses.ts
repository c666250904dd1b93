import type { FakeLlmMessage, FakeLlmRecordedToolCall, FakeLlmTool } from '../types.js';
import { isRecord, numberOf, parseArguments, recordsOf, stringOf, textOf } from '../json-values.js';
import type { TurnPlan } from '../plan-turn.js';
import { errorTypeOf, formatSse, type SseFrame, type WireProtocol } from './wire-protocol.js';

function toolsOf(list: unknown): FakeLlmTool[] {
  return recordsOf(list).map((tool) => ({
    name: stringOf(tool.name) ?? '',
    ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
    parameters: isRecord(tool.parameters) ? tool.parameters : {},
  }));
}

function readInput(body: Readonly<Record<string, unknown>>) {
  const system: string[] = typeof body.instructions === 'string' ? [body.instructions] : [];
  const messages: FakeLlmMessage[] = [];
  const tools = toolsOf(body.tools);
  const items = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : recordsOf(body.input);
  // Assistant output items (a message, then function calls) arrive one by one: merge adjacent ones.
  let assistant: { text: string[]; toolCalls: FakeLlmRecordedToolCall[] } | undefined;
  const flush = () => {
    if (assistant)
      messages.push({ role: 'assistant', text: assistant.text.join('\n'), toolCalls: assistant.toolCalls });
    assistant = undefined;
  };
  for (const item of items) {
    if (item.type === 'function_call') {
      assistant ??= { text: [], toolCalls: [] };
      const id = stringOf(item.call_id) ?? '';
      assistant.toolCalls.push({ id, name: stringOf(item.name) ?? '', arguments: parseArguments(item.arguments) });
    } else if (item.role === 'assistant') {
      assistant ??= { text: [], toolCalls: [] };
      assistant.text.push(textOf(item.content));
    } else {
      flush();
      if (item.type === 'function_call_output')
        messages.push({
          role: 'tool',
          text: textOf(item.output),
          toolCalls: [],
          toolCallId: stringOf(item.call_id) ?? '',
        });
      else if (item.type === 'additional_tools') tools.push(...toolsOf(item.tools));
      else if (item.role === 'system' || item.role === 'developer') system.push(textOf(item.content));
      else if (item.role === 'user') messages.push({ role: 'user', text: textOf(item.content), toolCalls: [] });
    }
  }
  flush();
  return { system: system.length === 0 ? undefined : system.join('\n\n'), messages, tools };
}

function turnFrames(plan: TurnPlan): SseFrame[] {
  const frames: SseFrame[] = [];
  let sequence_number = 0;
  const push = (kind: SseFrame['kind'], data: Record<string, unknown>) => {
    frames.push({ kind, text: formatSse({ ...data, sequence_number: sequence_number++ }) });
  };
  const response = { id: `resp_${plan.responseId}`, object: 'response', model: plan.model };
  push('other', { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } });
  const output: Record<string, unknown>[] = [];
  if (plan.textChunks.length > 0) {
    const output_index = output.length;
    const item_id = `msg_${plan.responseId}`;
    const text = plan.textChunks.join('');
    const part = { type: 'output_text', text, annotations: [] };
    const item = { type: 'message', id: item_id, role: 'assistant', status: 'completed', content: [part] };
    const at = { item_id, output_index, content_index: 0 };
    push('other', {
      type: 'response.output_item.added',
      output_index,
      item: { ...item, status: 'in_progress', content: [] },
    });
    push('other', { type: 'response.content_part.added', ...at, part: { ...part, text: '' } });
    for (const delta of plan.textChunks) push('delta', { type: 'response.output_text.delta', ...at, delta });
    push('other', { type: 'response.output_text.done', ...at, text });
    push('other', { type: 'response.content_part.done', ...at, part });
    push('other', { type: 'response.output_item.done', output_index, item });
    output.push(item);
  }
  for (const call of plan.toolCalls) {
    const output_index = output.length;
    const item = { type: 'function_call', id: call.itemId, call_id: call.id, name: call.name };
    const done = { ...item, arguments: call.argumentsJson, status: 'completed' };
    push('other', {
      type: 'response.output_item.added',
      output_index,
      item: { ...item, arguments: '', status: 'in_progress' },
    });
    for (const delta of call.chunks)
      push('delta', { type: 'response.function_call_arguments.delta', item_id: call.itemId, output_index, delta });
    push('other', {
      type: 'response.function_call_arguments.done',
      item_id: call.itemId,
      output_index,
      arguments: call.argumentsJson,
    });
    push('other', { type: 'response.output_item.done', output_index, item: done });
    output.push(done);
  }
  const { input, output: outputTokens } = plan.usage;
  const usage = { input_tokens: input, output_tokens: outputTokens, total_tokens: input + outputTokens };
  const incompleteReason = plan.rawStopReason ?? (plan.stopReason === 'length' ? 'max_output_tokens' : undefined);
  if (incompleteReason === undefined) {
    push('end', { type: 'response.completed', response: { ...response, status: 'completed', output, usage } });
  } else {
    const incomplete_details = { reason: incompleteReason };
    push('end', {
      type: 'response.incomplete',
      response: { ...response, status: 'incomplete', incomplete_details, output, usage },
    });
  }
  return frames;
}

/** OpenAI Responses: `POST /v1/responses`, `data:` frames typed by their `type` field. */
export const openaiResponses: WireProtocol = {
  id: 'openai-responses',
  readTranscript: (body) => ({ ...readInput(body), maxTokens: numberOf(body.max_output_tokens) }),
  turnFrames,
  malformedFrame: () => formatSse('{"type":"response.output_text.delta","output_index":0,"delta":"cut'),
  errorEventFrame: (plan, message) =>
    formatSse({
      type: 'response.failed',
      response: {
        id: `resp_${plan.responseId}`,
        object: 'response',
        status: 'failed',
        error: { code: 'server_error', message },
      },
    }),
  errorBody: (status, message) => ({ error: { message, type: errorTypeOf(status), param: null, code: null } }),
};
