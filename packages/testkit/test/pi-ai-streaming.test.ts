// Successful turns through the real pi-ai provider code of each protocol.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlm, type FakeLlmProtocol } from '../src/index.js';
import { complete } from './support/complete.js';
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

const paths: Record<FakeLlmProtocol, string> = {
  'anthropic-messages': '/v1/messages?beta=true',
  'openai-completions': '/v1/chat/completions',
  'openai-responses': '/v1/responses',
};

describe.each(PROTOCOLS)('pi-ai over %s', (protocol) => {
  it('streams text chunk by chunk and reports usage', async () => {
    const { models, byProtocol } = fakeModels;
    fake.push({ text: ['Hel', 'lo ', 'world'], usage: { input: 10, output: 5 } });
    const stream = models.stream(
      byProtocol[protocol],
      { systemPrompt: 'Be brief.', messages: [{ role: 'user', content: 'Say hello', timestamp: Date.now() }] },
      { apiKey: TEST_API_KEY },
    );
    const deltas: string[] = [];
    for await (const event of stream) if (event.type === 'text_delta') deltas.push(event.delta);
    const message = await stream.result();
    expect(message.errorMessage).toBeUndefined();
    expect(deltas).toEqual(['Hel', 'lo ', 'world']);
    expect(message.stopReason).toBe('stop');
    expect(message.content).toEqual([expect.objectContaining({ type: 'text', text: 'Hello world' })]);
    expect(message.usage).toMatchObject({ input: 10, output: 5, totalTokens: 15 });
    expect(message.usage.cost.total).toBeGreaterThan(0);
  });

  it('records the request as the provider sent it', async () => {
    fake.push({ text: 'ok' });
    await complete(fakeModels, protocol, { maxTokens: 321 }, 'What is 2+2?');
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({
      protocol,
      method: 'POST',
      path: paths[protocol],
      stream: true,
      model: fakeModels.byProtocol[protocol].id,
      system: 'You are a test.',
      lastUserText: 'What is 2+2?',
      maxTokens: 321,
      messages: [{ role: 'user', text: 'What is 2+2?', toolCalls: [] }],
    });
    expect(request.tools).toEqual([
      expect.objectContaining({
        name: 'echo',
        description: 'Echoes its text.',
        parameters: expect.objectContaining({ type: 'object' }),
      }),
    ]);
    if (protocol === 'anthropic-messages') expect(request.headers['x-api-key']).toBe(TEST_API_KEY);
    else expect(request.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it('streams tool calls whose arguments arrive in pieces', async () => {
    fake.push({
      toolCalls: [
        { name: 'echo', arguments: { text: 'first call' } },
        { name: 'echo', arguments: { text: 'second call' }, id: 'my_call' },
      ],
      chunkSize: 3,
      usage: { output: 7 },
    });
    const message = await complete(fakeModels, protocol);
    expect(message.stopReason).toBe('toolUse');
    expect(message.content).toMatchObject([
      { type: 'toolCall', name: 'echo', arguments: { text: 'first call' } },
      { type: 'toolCall', name: 'echo', arguments: { text: 'second call' } },
    ]);
    const ids = message.content.map((block) => (block.type === 'toolCall' ? block.id : ''));
    expect(ids[1]!.startsWith('my_call')).toBe(true);
    expect(message.usage.output).toBe(7);
  });

  it('paces chunks by chunkDelayMs', async () => {
    fake.push({ text: ['a', 'b', 'c'], chunkDelayMs: 60 });
    const times: number[] = [];
    // Server-side pauses are lower bounds on the total time; under load the client may receive
    // several paced chunks at once, so only the elapsed time since the request is asserted.
    const started = performance.now();
    const stream = fakeModels.models.stream(
      fakeModels.byProtocol[protocol],
      { messages: [{ role: 'user', content: 'slowly', timestamp: Date.now() }] },
      { apiKey: TEST_API_KEY },
    );
    for await (const event of stream) if (event.type === 'text_delta') times.push(performance.now());
    expect(times).toHaveLength(3);
    expect(times[2]! - started).toBeGreaterThanOrEqual(110);
  });

  it('maps stopReason length and a raw refusal stop reason', async () => {
    const refusal = protocol === 'anthropic-messages' ? 'refusal' : 'content_filter';
    fake.push({ text: 'trunc', stopReason: 'length' }, { text: 'no', rawStopReason: refusal });
    const truncated = await complete(fakeModels, protocol);
    expect(truncated.stopReason).toBe('length');
    const refused = await complete(fakeModels, protocol);
    expect(refused.stopReason).toBe('error');
    expect(refused.errorMessage).toBe(
      {
        'anthropic-messages': 'The model refused to complete the request',
        'openai-completions': 'Provider finish_reason: content_filter',
        'openai-responses': 'Response incomplete: content_filter',
      }[protocol],
    );
  });

  it('hands unparsable tool arguments to the caller as argumentsError', async () => {
    fake.push({ toolCalls: [{ name: 'echo', arguments: '{"text":' }] });
    const message = await complete(fakeModels, protocol);
    expect(message.stopReason).toBe('toolUse');
    expect(message.content).toMatchObject([
      { type: 'toolCall', name: 'echo', arguments: {}, argumentsError: expect.stringContaining('Received arguments:') },
    ]);
  });
});

describe('a keyless OpenAI-compatible provider', () => {
  it('sends the dummy key from its auth resolver when the caller passes none', async () => {
    fake.push({ text: 'ok' });
    const message = await fakeModels.models.complete(fakeModels.byProtocol['openai-completions'], {
      messages: [{ role: 'user', content: 'hi', timestamp: Date.now() }],
    });
    expect(message.stopReason).toBe('stop');
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer unused');
  });
});
