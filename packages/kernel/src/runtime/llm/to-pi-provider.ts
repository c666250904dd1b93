import { createProvider, type Provider, type ProviderStreams } from '@earendil-works/pi-ai';
import { lazyApi } from '@earendil-works/pi-ai/api/lazy';
import { KEYLESS_PLACEHOLDER, providerKey, type KeyEnvironment } from './provider-key.js';
import type { ProviderSpec } from './provider-specs.js';

/**
 * Runs `load` once and keeps its promise. pi-ai's own `*.lazy` APIs call `import()` on every
 * request; the module is cached, but resolving the specifier again each time cost a busy server
 * about 4% of its CPU.
 */
function once(load: () => Promise<ProviderStreams>): () => Promise<ProviderStreams> {
  let loaded: Promise<ProviderStreams> | undefined;
  return () => (loaded ??= load());
}

// Each wire implementation (and its SDK) loads on the first request, not at start-up.
const IMPLEMENTATIONS: Record<ProviderSpec['api'], () => ProviderStreams> = {
  'anthropic-messages': () => lazyApi(once(() => import('@earendil-works/pi-ai/api/anthropic-messages'))),
  'openai-responses': () => lazyApi(once(() => import('@earendil-works/pi-ai/api/openai-responses'))),
  'openai-completions': () => lazyApi(once(() => import('@earendil-works/pi-ai/api/openai-completions'))),
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
