// Real pi-ai providers pointed at a fake LLM server: the built-in `anthropic` provider
// (Messages), the built-in `openai` provider (Responses) and an OpenAI-compatible
// Chat Completions provider with a dummy key, as Oxios' kernel will wire them.
import { createModels, createProvider, type Api, type Model, type MutableModels } from '@earendil-works/pi-ai';
import { openAICompletionsApi } from '@earendil-works/pi-ai/api/openai-completions.lazy';
import { anthropicProvider } from '@earendil-works/pi-ai/providers/anthropic';
import { openaiProvider } from '@earendil-works/pi-ai/providers/openai';
import type { FakeLlm, FakeLlmProtocol } from '../../src/index.js';

/** The API key every test request sends; the fake records but never checks it. */
export const TEST_API_KEY = 'sk-test-fake';

/** A models collection and one model per protocol, all aimed at `fake`. */
export interface FakeModels {
  readonly models: MutableModels;
  readonly byProtocol: Readonly<Record<FakeLlmProtocol, Model<Api>>>;
}

export function createFakeModels(fake: Pick<FakeLlm, 'anthropicBaseUrl' | 'openaiBaseUrl'>): FakeModels {
  const models = createModels();
  models.setProvider(anthropicProvider());
  models.setProvider(openaiProvider());
  const chat: Model<'openai-completions'> = {
    id: 'fake-chat',
    name: 'Fake chat model',
    api: 'openai-completions',
    provider: 'fake-openai-compatible',
    baseUrl: fake.openaiBaseUrl,
    reasoning: false,
    input: ['text'],
    cost: { input: 3, output: 15, cacheRead: 0, cacheWrite: 0 },
    contextWindow: 128_000,
    maxTokens: 4096,
    compat: { supportsDeveloperRole: false, supportsReasoningEffort: false },
  };
  models.setProvider(
    createProvider({
      id: chat.provider,
      // A keyless server still needs a key: pi-ai refuses to send a request without one.
      auth: { apiKey: { name: 'dummy key', resolve: () => Promise.resolve({ auth: { apiKey: 'unused' } }) } },
      models: [chat],
      api: openAICompletionsApi(),
    }),
  );
  const anthropic = models.getModel('anthropic', 'claude-sonnet-4-5');
  const responses = models.getModel('openai', 'gpt-4o-mini');
  if (!anthropic || !responses) throw new Error('pi-ai catalog lacks claude-sonnet-4-5 or gpt-4o-mini');
  return {
    models,
    byProtocol: {
      'anthropic-messages': { ...anthropic, baseUrl: fake.anthropicBaseUrl },
      'openai-completions': chat,
      'openai-responses': { ...responses, baseUrl: fake.openaiBaseUrl },
    },
  };
}

/** Every protocol, for `describe.each`. */
export const PROTOCOLS: readonly FakeLlmProtocol[] = ['anthropic-messages', 'openai-completions', 'openai-responses'];
