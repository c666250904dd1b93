import type { Api, Model } from '@earendil-works/pi-ai';
import { anthropicProvider } from '@earendil-works/pi-ai/providers/anthropic';
import { openaiProvider } from '@earendil-works/pi-ai/providers/openai';
import type { LlmModelEntry, LlmProviderKind, LlmSection } from '../../config/sections/llm.js';

/** One provider the engine can route to, as configured (or implied). */
export interface ProviderSpec {
  /** The `<provider>` of `<provider>/<model>`; also pi-ai's provider id. */
  readonly name: string;
  readonly kind: LlmProviderKind;
  /** pi-ai wire implementation. */
  readonly api: 'anthropic-messages' | 'openai-responses' | 'openai-completions';
  readonly baseUrl: string;
  /** Environment variable holding the key; undefined for a keyless server. */
  readonly keyEnv: string | undefined;
  /** True when `[llm.providers.<name>]` exists (as opposed to a built-in default). */
  readonly configured: boolean;
  readonly models: ReadonlyMap<string, Model<Api>>;
}

const KIND_DEFAULTS: Record<
  LlmProviderKind,
  { readonly api: ProviderSpec['api']; readonly baseUrl?: string; readonly keyEnv?: string }
> = {
  anthropic: { api: 'anthropic-messages', baseUrl: 'https://api.anthropic.com', keyEnv: 'ANTHROPIC_API_KEY' },
  openai: { api: 'openai-responses', baseUrl: 'https://api.openai.com/v1', keyEnv: 'OPENAI_API_KEY' },
  'openai-compatible': { api: 'openai-completions' },
};

/** The implicit providers: usable with their environment key and no configuration. */
const IMPLICIT: readonly [string, LlmProviderKind][] = [
  ['anthropic', 'anthropic'],
  ['openai', 'openai'],
];

function catalog(kind: LlmProviderKind): readonly Model<Api>[] {
  if (kind === 'anthropic') return anthropicProvider().getModels();
  if (kind === 'openai') return openaiProvider().getModels();
  return [];
}

/** Local OpenAI-compatible servers reject the `developer` role and reasoning parameters. */
const COMPATIBLE_SERVER = { supportsDeveloperRole: false, supportsReasoningEffort: false } as const;

/** A model for an id the provider's list does not have, with conservative defaults. */
export function fallbackModel(spec: Pick<ProviderSpec, 'name' | 'api' | 'baseUrl'>, id: string): Model<Api> {
  return configModel(spec, {
    id,
    context_window: 128_000,
    max_tokens: 8_192,
    input_usd_per_mtok: 0,
    output_usd_per_mtok: 0,
    cache_read_usd_per_mtok: 0,
    cache_write_usd_per_mtok: 0,
    reasoning: false,
  });
}

function configModel(spec: Pick<ProviderSpec, 'name' | 'api' | 'baseUrl'>, entry: LlmModelEntry): Model<Api> {
  const model: Model<Api> = {
    id: entry.id,
    name: entry.name ?? entry.id,
    api: spec.api,
    provider: spec.name,
    baseUrl: spec.baseUrl,
    reasoning: entry.reasoning,
    input: ['text'],
    cost: {
      input: entry.input_usd_per_mtok,
      output: entry.output_usd_per_mtok,
      cacheRead: entry.cache_read_usd_per_mtok,
      cacheWrite: entry.cache_write_usd_per_mtok,
    },
    contextWindow: entry.context_window,
    maxTokens: entry.max_tokens,
  };
  return spec.api === 'openai-completions' ? { ...model, compat: COMPATIBLE_SERVER } : model;
}

/**
 * Builds the provider table from `[llm]`: every `[llm.providers.<name>]`, plus `anthropic` and
 * `openai` when not configured. Built-in kinds start from pi-ai's catalog (re-homed under the
 * provider's name and URL); configured models add to or replace catalog entries by id.
 */
export function buildProviderSpecs(section: LlmSection): ReadonlyMap<string, ProviderSpec> {
  const entries: [string, LlmProviderKind, LlmSection['providers'][string] | undefined][] = [];
  for (const [name, kind] of IMPLICIT) {
    if (section.providers[name] === undefined) entries.push([name, kind, undefined]);
  }
  for (const [name, provider] of Object.entries(section.providers)) entries.push([name, provider.kind, provider]);
  const specs = new Map<string, ProviderSpec>();
  for (const [name, kind, provider] of entries) {
    const defaults = KIND_DEFAULTS[kind];
    const baseUrl = provider?.base_url ?? defaults.baseUrl ?? '';
    const shape = { name, api: defaults.api, baseUrl };
    const models = new Map<string, Model<Api>>();
    for (const model of catalog(kind)) models.set(model.id, { ...model, provider: name, baseUrl });
    for (const entry of provider?.models ?? []) models.set(entry.id, configModel(shape, entry));
    specs.set(name, {
      ...shape,
      kind,
      keyEnv: provider?.api_key_env ?? defaults.keyEnv,
      configured: provider !== undefined,
      models,
    });
  }
  return specs;
}
