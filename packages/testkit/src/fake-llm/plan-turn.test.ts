import { describe, expect, it } from 'vitest';
import { planTurn } from './plan-turn.js';
import type { FakeLlmRequest } from './types.js';

const request: FakeLlmRequest = {
  index: 4,
  protocol: 'openai-responses',
  method: 'POST',
  path: '/v1/responses',
  headers: {},
  body: { model: 'gpt-test', input: 'x'.repeat(100) },
  model: 'gpt-test',
  stream: true,
  system: undefined,
  messages: [],
  tools: [],
  lastUserText: undefined,
  maxTokens: undefined,
  receivedAt: 0,
};

describe('planTurn', () => {
  it('splits string text and tool arguments by chunkSize and keeps array text as given', () => {
    const plan = planTurn({ text: 'abcdefg', toolCalls: [{ name: 't', arguments: { a: 1 } }], chunkSize: 3 }, request);
    expect(plan.textChunks).toEqual(['abc', 'def', 'g']);
    expect(plan.toolCalls[0]!.chunks).toEqual(['{"a', '":1', '}']);
    expect(planTurn({ text: ['x', '', 'yz'], chunkSize: 1 }, request).textChunks).toEqual(['x', '', 'yz']);
  });

  it('defaults the stop reason from the tool calls and numbers ids by request', () => {
    const withTools = planTurn({ toolCalls: [{ name: 'a' }, { name: 'b', id: 'mine' }] }, request);
    expect(withTools.stopReason).toBe('toolUse');
    expect(withTools.toolCalls.map((call) => [call.id, call.itemId, call.argumentsJson])).toEqual([
      ['call_fake_4_0', 'fc_fake_4_0', '{}'],
      ['mine', 'fc_fake_4_1', '{}'],
    ]);
    expect(planTurn({ text: 'hi' }, request).stopReason).toBe('stop');
    expect(
      planTurn({ toolCalls: [{ name: 'a' }] }, { ...request, protocol: 'anthropic-messages' }).toolCalls[0]!.id,
    ).toBe('toolu_fake_4_0');
  });

  it('estimates usage at four characters a token unless scripted', () => {
    const bodyLength = JSON.stringify(request.body).length;
    expect(planTurn({ text: 'x'.repeat(9) }, request).usage).toEqual({ input: Math.ceil(bodyLength / 4), output: 3 });
    expect(planTurn({}, request).usage.output).toBe(1);
    expect(planTurn({ usage: { input: 7, output: 2 } }, request).usage).toEqual({ input: 7, output: 2 });
  });

  it('echoes the request model unless the turn names one', () => {
    expect(planTurn({}, request).model).toBe('gpt-test');
    expect(planTurn({ model: 'other' }, request).model).toBe('other');
  });
});
