import type { AssistantMessage, StreamOptions } from '@earendil-works/pi-ai';
import type { FakeLlmProtocol } from '../../src/index.js';
import { TEST_API_KEY, type FakeModels } from './fake-models.js';

/** One `models.complete()` call with a user prompt and an `echo` tool offered. */
export function complete(
  fakeModels: FakeModels,
  protocol: FakeLlmProtocol,
  options: StreamOptions = {},
  prompt = 'hi',
): Promise<AssistantMessage> {
  return fakeModels.models.complete(
    fakeModels.byProtocol[protocol],
    {
      systemPrompt: 'You are a test.',
      messages: [{ role: 'user', content: prompt, timestamp: Date.now() }],
      tools: [ECHO_TOOL],
    },
    { apiKey: TEST_API_KEY, ...options },
  );
}

/** A tool that takes `{ text: string }`. */
export const ECHO_TOOL = {
  name: 'echo',
  description: 'Echoes its text.',
  parameters: {
    type: 'object',
    properties: { text: { type: 'string' } },
    required: ['text'],
    additionalProperties: false,
  },
};
