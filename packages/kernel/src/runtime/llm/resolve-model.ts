import type { Api, Model, Models } from '@earendil-works/pi-ai';
import { err, ok, type Result } from 'neverthrow';
import { llmNotConfigured } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { providerKey, type KeyEnvironment } from './provider-key.js';
import { fallbackModel, type ProviderSpec } from './provider-specs.js';

/** What model resolution looks at. */
export interface ModelResolution {
  readonly specs: ReadonlyMap<string, ProviderSpec>;
  /** Providers registered directly (tests, embedders); their auth is their own business. */
  readonly models: Models;
  readonly env: KeyEnvironment;
  readonly defaultModel: string;
  /** Shown in fixes, e.g. `~/.oxios/config.toml`. */
  readonly configPath: string;
}

function split(reference: string): [string, string] | undefined {
  const slash = reference.indexOf('/');
  return slash <= 0 || slash === reference.length - 1
    ? undefined
    : [reference.slice(0, slash), reference.slice(slash + 1)];
}

/**
 * Resolves `<provider>/<model>` (the first `/` separates them; model ids may contain more) to a
 * model ready to use, or `llm-not-configured` with the exact fix: which variable to export, which
 * table to add, or which key to set.
 */
export function resolveModel(reference: string | undefined, from: ModelResolution): Result<Model<Api>, KernelError> {
  const wanted = reference ?? from.defaultModel;
  const parts = split(wanted);
  if (!parts) {
    return err(
      llmNotConfigured(
        `LLM model "${wanted}" is not of the form "<provider>/<model>"`,
        `Use e.g. "anthropic/claude-sonnet-4-5" (in [llm] default_model of ${from.configPath}, a persona or the request)`,
        { model: wanted },
      ),
    );
  }
  const [provider, id] = parts;
  const spec = from.specs.get(provider);
  if (!spec) {
    const direct = from.models.getModel(provider, id);
    if (direct) return ok(direct);
    const known = [...from.specs.keys()].join(', ');
    return err(
      llmNotConfigured(
        `LLM provider "${provider}" is not configured (known: ${known})`,
        `Add a [llm.providers.${provider}] table with kind = "anthropic", "openai" or "openai-compatible" to ${from.configPath}, or pick a model of a known provider`,
        { provider, model: id },
      ),
    );
  }
  const key = providerKey(spec, from.env);
  if (key.kind === 'missing') {
    return err(
      llmNotConfigured(
        `No API key for LLM provider "${provider}": the environment variable ${key.envVar} is not set`,
        `Set ${key.envVar} in the environment of the Oxios process (export ${key.envVar}=…), or name another variable with api_key_env in [llm.providers.${provider}] of ${from.configPath}, or choose a configured model with [llm] default_model = "<provider>/<model>"`,
        { provider, model: id, envVar: key.envVar },
      ),
    );
  }
  return ok(spec.models.get(id) ?? fallbackModel(spec, id));
}
