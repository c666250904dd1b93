// Structured completion over the real providers: a forced tool call whose parameters are the
// caller's JSON Schema, validated with zod, repaired once when invalid.
import { startFakeLlm, type FakeLlm } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlmEngine, type LlmEngine } from '../src/index.js';
import { FAKE_ENV, fakeLlmSection, MODEL_BY_PROTOCOL, PROTOCOLS } from './support/llm-fixtures.js';

const Scores = z.object({ goal: z.number().min(0).max(1), constraints: z.number().min(0).max(1) });
const scoresSchema = z.toJSONSchema(Scores) as Record<string, unknown>;

let fake: FakeLlm;
let engine: LlmEngine;

beforeEach(async () => {
  fake = await startFakeLlm();
  engine = createLlmEngine({ config: fakeLlmSection(fake), env: FAKE_ENV });
});
afterEach(async () => {
  await fake.close();
});

function request(model: string) {
  return {
    model,
    system: 'You score clarity.',
    messages: [{ role: 'user' as const, content: 'Build a CLI that counts words.' }],
    schemaName: 'clarity_scores',
    jsonSchema: scoresSchema,
    schema: Scores,
  };
}

const EXPECTED_CHOICE = {
  'anthropic-messages': { type: 'tool', name: 'clarity_scores' },
  'openai-completions': { type: 'function', function: { name: 'clarity_scores' } },
  'openai-responses': { type: 'function', name: 'clarity_scores' },
} as const;

describe.each(PROTOCOLS)('completeStructured over %s', (protocol) => {
  it('forces the tool call and returns the validated object', async () => {
    fake.push({ toolCalls: [{ name: 'clarity_scores', arguments: { goal: 0.9, constraints: 0.7 } }] });
    const result = await engine.completeStructured(request(MODEL_BY_PROTOCOL[protocol]));
    expect(result._unsafeUnwrap().value).toEqual({ goal: 0.9, constraints: 0.7 });
    const sent = fake.requests[0]!;
    expect(sent.body['tool_choice']).toEqual(EXPECTED_CHOICE[protocol]);
    expect(sent.tools.map((tool) => tool.name)).toEqual(['clarity_scores']);
    expect(sent.system).toContain('Reply only by calling the tool "clarity_scores"');
  });

  it('sends an invalid reply back with its problems once, then accepts the repair', async () => {
    fake.push(
      { toolCalls: [{ name: 'clarity_scores', arguments: { goal: 7 } }] },
      { toolCalls: [{ name: 'clarity_scores', arguments: { goal: 0.5, constraints: 0.5 } }] },
    );
    const result = await engine.completeStructured(request(MODEL_BY_PROTOCOL[protocol]));
    expect(result._unsafeUnwrap().value).toEqual({ goal: 0.5, constraints: 0.5 });
    const feedback = fake.requests[1]!.messages.at(-1)!;
    expect(feedback.role).toBe('tool');
    expect(feedback.text).toContain('goal:');
    expect(feedback.text).toContain('constraints:');
  });
});

describe('completeStructured', () => {
  it('ends in llm-reply-invalid with the issues when the repair is invalid too', async () => {
    fake.push(
      { toolCalls: [{ name: 'clarity_scores', arguments: '{"goal":' }] },
      { text: 'I think the goal is clear.' },
    );
    const error = (
      await engine.completeStructured(request(MODEL_BY_PROTOCOL['anthropic-messages']))
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-reply-invalid', provider: 'fake-anthropic' });
    expect(error.message).toContain('did not call the tool "clarity_scores"');
  });

  it('accepts JSON answered as text by a server that ignores tool_choice', async () => {
    fake.push({ text: 'Here:\n```json\n{"goal": 1, "constraints": 0}\n```' });
    const result = await engine.completeStructured(request(MODEL_BY_PROTOCOL['openai-completions']));
    expect(result._unsafeUnwrap().value).toEqual({ goal: 1, constraints: 0 });
  });

  it('passes provider failures through as typed errors', async () => {
    fake.push({ status: 400, message: 'no' });
    const error = (await engine.completeStructured(request(MODEL_BY_PROTOCOL['openai-responses'])))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm', status: 400 });
  });
});
