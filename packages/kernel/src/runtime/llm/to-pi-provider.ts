import { createProvider, type Provider, type ProviderStreams } from '@earendil-works/pi-ai';
import { anthropicMessagesApi } from '@earendil-works/pi-ai/api/anthropic-messages.lazy';
import { openAICompletionsApi } from '@earendil-works/pi-ai/api/openai-completions.lazy';
import { openAIResponsesApi } from '@earendil-works/pi-ai/api/openai-responses.lazy';
import { KEYLESS_PLACEHOLDER, providerKey, type KeyEnvironment } from './provider-key.js';
import type { ProviderSpec } from './provider-specs.js';

const IMPLEMENTATIONS: Record<ProviderSpec['api'], () => ProviderStreams> = {
  'anthropic-messages': anthropicMessagesApi,
  'openai-responses': openAIResponsesApi,
  'openai-completions': openAICompletionsApi,
};

/**
 * A pi-ai provider for one spec: its wire implementation (loaded on first request), its models,
 * and auth that reads the key from the environment at request time — never from configuration.
 */
export function toPiProvider(spec: ProviderSpec, env: KeyEnvironment): Provider {
  return createProvider({
    id: spec.name,
    baseUrl: spec.baseUrl,
    auth: {
      apiKey: {
        name: spec.keyEnv ?? 'no key',
        resolve: () => {
          const key = providerKey(spec, env);
          if (key.kind === 'missing') return Promise.resolve(undefined);
          const apiKey = key.kind === 'key' ? key.value : KEYLESS_PLACEHOLDER;
          return Promise.resolve({ auth: { apiKey }, source: spec.keyEnv ?? 'keyless' });
        },
      },
    },
    models: [...spec.models.values()],
    api: IMPLEMENTATIONS[spec.api](),
  });
}
