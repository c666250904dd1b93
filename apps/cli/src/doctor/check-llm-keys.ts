import type { Environment } from '@oxios/kernel';
import { check, type Check } from './check.js';

/** Providers known without configuration and the variable holding each one's key. */
const BUILT_IN: Readonly<Record<string, string>> = { anthropic: 'ANTHROPIC_API_KEY', openai: 'OPENAI_API_KEY' };

interface LlmSettings {
  readonly defaultModel?: string;
  /** Provider name → key variable (undefined: a provider without keys). */
  readonly providers: ReadonlyMap<string, string | undefined>;
}

/** Reads `[llm]` from a loaded config when this build has one (read loosely: it is optional). */
export function readLlmSettings(config: unknown): LlmSettings {
  const providers = new Map<string, string | undefined>(Object.entries(BUILT_IN));
  const llm = typeof config === 'object' && config !== null ? (config as { llm?: unknown }).llm : undefined;
  if (typeof llm !== 'object' || llm === null) return { providers };
  const { default_model: defaultModel, providers: configured } = llm as {
    default_model?: unknown;
    providers?: unknown;
  };
  if (typeof configured === 'object' && configured !== null) {
    for (const [name, provider] of Object.entries(configured)) {
      const variable = (provider as { api_key_env?: unknown } | null)?.api_key_env;
      providers.set(name, typeof variable === 'string' ? variable : BUILT_IN[name]);
    }
  }
  return { ...(typeof defaultModel === 'string' ? { defaultModel } : {}), providers };
}

/** Which LLM providers have keys in the environment. Presence only: values are never read out. */
export function checkLlmKeys(env: Environment, config: unknown): Check {
  const { defaultModel, providers } = readLlmSettings(config);
  const present = (variable: string | undefined) => variable !== undefined && (env[variable] ?? '') !== '';
  const withKeys = [...providers].filter(([, variable]) => present(variable)).map(([, variable]) => variable);
  const defaultProvider = defaultModel?.split('/')[0];
  if (defaultProvider !== undefined && providers.has(defaultProvider)) {
    const variable = providers.get(defaultProvider);
    // With no key at all the general warning below says it better; this is for a key set for
    // another provider than the default model's.
    if (variable !== undefined && !present(variable) && withKeys.length > 0) {
      return check(
        'llm',
        'warn',
        `the default model ${defaultModel} needs ${variable}, which is not set${withKeys.length > 0 ? ` (set: ${withKeys.join(', ')})` : ''}`,
        `export ${variable}=…, or pick a provider you have a key for: \`oxios config set llm.default_model <provider>/<model>\``,
      );
    }
  }
  if (withKeys.length === 0 && ![...providers.values()].some((variable) => variable === undefined)) {
    return check(
      'llm',
      'warn',
      `no LLM provider key is set (looked for ${[...new Set(providers.values())].join(', ')})`,
      defaultModel === undefined
        ? 'export ANTHROPIC_API_KEY=… or OPENAI_API_KEY=… before `oxios serve`'
        : `export ${providers.get(defaultProvider ?? '') ?? 'ANTHROPIC_API_KEY'}=… before \`oxios serve\` (the key of the default model ${defaultModel}), or pick another model: \`oxios config set llm.default_model <provider>/<model>\``,
    );
  }
  return check('llm', 'pass', `keys present: ${withKeys.join(', ') || 'none needed'}`);
}
