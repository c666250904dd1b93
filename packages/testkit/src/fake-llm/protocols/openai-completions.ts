import type { FakeLlmMessage } from '../types.js';
import { isRecord, numberOf, parseArguments, recordsOf, stringOf, textOf } from '../json-values.js';
import type { TurnPlan } from '../plan-turn.js';
import { errorTypeOf, formatSse, type SseFrame, type WireProtocol } from './wire-protocol.js';

const finishReasons = { stop: 'stop', toolUse: 'tool_calls', length: 'length' } as const;

function readMessage(message: Record<string, unknown>): FakeLlmMessage | undefined {
  const text = textOf(message.content);
  if (message.role === 'user') return { role: 'user', text, toolCalls: [] };
  if (message.role === 'tool')
    return { role: 'tool', text, toolCalls: [], toolCallId: stringOf(message.tool_call_id) ?? '' };
  if (message.role !== 'assistant') return undefined;
  const toolCalls = recordsOf(message.tool_calls).map((call) => {
    const fn = isRecord(call.function) ? call.function : {};
    return { id: stringOf(call.id) ?? '', name: stringOf(fn.name) ?? '', arguments: parseArguments(fn.arguments) };
  });
  return { role: 'assistant', text, toolCalls };
}

function turnFrames(plan: TurnPlan): SseFrame[] {
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    formatSse({
      id: `chatcmpl-${plan.responseId}`,
      object: 'chat.completion.chunk',
      created,
      model: plan.model,
      choices,
      ...extra,
    });
  const delta = (value: Record<string, unknown>) => chunk([{ index: 0, delta: value, finish_reason: null }]);
  const frames: SseFrame[] = [{ kind: 'other', text: delta({ role: 'assistant', content: '' }) }];
  for (const content of plan.textChunks) frames.push({ kind: 'delta', text: delta({ content }) });
  plan.toolCalls.forEach((call, index) => {
    const opening = { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } };
    frames.push({ kind: 'other', text: delta({ tool_calls: [opening] }) });
    for (const args of call.chunks)
      frames.push({ kind: 'delta', text: delta({ tool_calls: [{ index, function: { arguments: args } }] }) });
  });
  const finish_reason = plan.rawStopReason ?? finishReasons[plan.stopReason];
  const { input, output } = plan.usage;
  const usage = { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
  frames.push(
    { kind: 'end', text: chunk([{ index: 0, delta: {}, finish_reason }]) },
    { kind: 'end', text: chunk([], { usage }) },
    { kind: 'end', text: formatSse('[DONE]') },
  );
  return frames;
}

/** OpenAI Chat Completions: `POST /v1/chat/completions`, `data:` frames ending with `[DONE]`. */
export const openaiCompletions: WireProtocol = {
  id: 'openai-completions',
  readTranscript(body) {
    const all = recordsOf(body.messages);
    const system = all.filter((message) => message.role === 'system' || message.role === 'developer');
    const tools = recordsOf(body.tools).map((tool) => {
      const fn = isRecord(tool.function) ? tool.function : {};
      return {
        name: stringOf(fn.name) ?? '',
        ...(typeof fn.description === 'string' ? { description: fn.description } : {}),
        parameters: isRecord(fn.parameters) ? fn.parameters : {},
      };
    });
    return {
      system: system.length === 0 ? undefined : system.map((message) => textOf(message.content)).join('\n\n'),
      messages: all.map(readMessage).filter((message) => message !== undefined),
      tools,
      maxTokens: numberOf(body.max_completion_tokens) ?? numberOf(body.max_tokens),
    };
  },
  turnFrames,
  malformedFrame: () => formatSse('{"choices":[{"index":0,"delta":{"content":"cut'),
  errorEventFrame: (_plan, message) => formatSse({ error: { message, type: 'server_error', param: null, code: null } }),
  errorBody: (status, message) => ({ error: { message, type: errorTypeOf(status), param: null, code: null } }),
};
