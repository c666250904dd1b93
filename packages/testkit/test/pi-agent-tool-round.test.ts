// A pi-agent-core Agent runs a real tool round over each protocol: the model calls a tool, the
// Agent executes it, and the next request carries the result that the responder answers from.
import { Agent, type AgentTool } from '@earendil-works/pi-agent-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlm } from '../src/index.js';
import { ECHO_TOOL } from './support/complete.js';
import { createFakeModels, PROTOCOLS, TEST_API_KEY, type FakeModels } from './support/fake-models.js';

let fake: FakeLlm;
let fakeModels: FakeModels;

beforeEach(async () => {
  fake = await startFakeLlm();
  fakeModels = createFakeModels(fake);
});
afterEach(async () => {
  await fake.close();
});

function echoTool(calls: unknown[]): AgentTool {
  return {
    ...ECHO_TOOL,
    label: 'Echo',
    execute: (_id, params) => {
      calls.push(params);
      const { text } = params as { text: string };
      return Promise.resolve({ content: [{ type: 'text', text: `echo: ${text}` }], details: undefined });
    },
  };
}

describe.each(PROTOCOLS)('pi-agent-core Agent over %s', (protocol) => {
  it('runs a tool call round trip over two turns', async () => {
    const calls: unknown[] = [];
    const { models, byProtocol } = fakeModels;
    const agent = new Agent({
      initialState: { systemPrompt: 'Use the echo tool.', model: byProtocol[protocol], tools: [echoTool(calls)] },
      streamFn: (model, context, options) => models.streamSimple(model, context, { ...options, apiKey: TEST_API_KEY }),
    });
    fake.push({ text: 'Calling echo.', toolCalls: [{ name: 'echo', arguments: { text: 'ping' } }], chunkSize: 4 });
    fake.setResponder((request) => {
      const result = request.messages.at(-1);
      return result?.role === 'tool' ? { text: `The tool said "${result.text}".` } : undefined;
    });

    await agent.prompt('Echo ping, please.');

    expect(agent.state.errorMessage).toBeUndefined();
    expect(calls).toEqual([{ text: 'ping' }]);
    const roles = agent.state.messages.map((message) => message.role);
    expect(roles).toEqual(['system', 'user', 'assistant', 'toolResult', 'assistant']);
    expect(agent.state.messages.at(-1)).toMatchObject({
      stopReason: 'stop',
      content: [{ type: 'text', text: 'The tool said "echo: ping".' }],
    });

    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests;
    expect(first).toMatchObject({ system: 'Use the echo tool.', lastUserText: 'Echo ping, please.' });
    expect(first!.tools.map((tool) => tool.name)).toEqual(['echo']);
    const callId = second!.messages.find((message) => message.role === 'assistant')?.toolCalls[0]?.id;
    expect(callId).toMatch(/^(toolu|call)_fake_0_0$/);
    expect(second!.messages.slice(-2)).toEqual([
      {
        role: 'assistant',
        text: 'Calling echo.',
        toolCalls: [{ id: callId, name: 'echo', arguments: { text: 'ping' } }],
      },
      expect.objectContaining({ role: 'tool', text: 'echo: ping', toolCallId: callId }),
    ]);
  });

  it('executes several tool calls of one turn', async () => {
    const calls: unknown[] = [];
    const { models, byProtocol } = fakeModels;
    const agent = new Agent({
      initialState: { model: byProtocol[protocol], tools: [echoTool(calls)] },
      streamFn: (model, context, options) => models.streamSimple(model, context, { ...options, apiKey: TEST_API_KEY }),
    });
    fake.push(
      {
        toolCalls: [
          { name: 'echo', arguments: { text: 'one' } },
          { name: 'echo', arguments: { text: 'two' } },
        ],
      },
      { text: 'done' },
    );
    await agent.prompt('Echo twice.');
    expect(calls).toHaveLength(2);
    expect(calls).toEqual(expect.arrayContaining([{ text: 'one' }, { text: 'two' }]));
    const results = fake.requests[1]!.messages.filter((message) => message.role === 'tool');
    expect(results.map((message) => message.text).sort()).toEqual(['echo: one', 'echo: two']);
  });
});
