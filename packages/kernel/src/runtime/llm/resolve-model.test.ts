import { createModels } from '@earendil-works/pi-ai';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/parse-config.js';
import { buildProviderSpecs } from './provider-specs.js';
import { resolveModel } from './resolve-model.js';

function resolution(toml: string, env: Record<string, string>) {
  const llm = parseConfig(toml, 'c.toml')._unsafeUnwrap().llm;
  return {
    specs: buildProviderSpecs(llm),
    models: createModels(),
    env,
    defaultModel: llm.default_model,
    configPath: '/home/me/.oxios/config.toml',
  };
}

describe('resolveModel', () => {
  it('resolves the default model from the built-in Anthropic catalog when the key is set', () => {
    const model = resolveModel(undefined, resolution('', { ANTHROPIC_API_KEY: 'sk-ant' }))._unsafeUnwrap();
    expect(model).toMatchObject({ provider: 'anthropic', id: 'claude-sonnet-4-5', api: 'anthropic-messages' });
    expect(model.cost).toMatchObject({ input: 3, output: 15 });
  });

  it('says exactly which variable to export when the key is missing', () => {
    const error = resolveModel('openai/gpt-4o-mini', resolution('', {}))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-not-configured', provider: 'openai', envVar: 'OPENAI_API_KEY' });
    expect(error.message).toContain('the environment variable OPENAI_API_KEY is not set');
    expect(error.message).toContain('export OPENAI_API_KEY=');
    expect(error.message).toContain('api_key_env in [llm.providers.openai] of /home/me/.oxios/config.toml');
  });

  it('names the table to add for an unknown provider', () => {
    const error = resolveModel('gemini/pro', resolution('', {}))._unsafeUnwrapErr();
    expect(error.message).toContain('LLM provider "gemini" is not configured (known: anthropic, openai)');
    expect(error.message).toContain('Add a [llm.providers.gemini] table');
  });

  it('refuses a reference without a provider', () => {
    expect(resolveModel('gpt-4o', resolution('', {}))._unsafeUnwrapErr().message).toContain(
      'is not of the form "<provider>/<model>"',
    );
  });

  it('uses configured models of a keyless OpenAI-compatible server, and defaults for unlisted ids', () => {
    const toml = [
      '[llm.providers.ollama]',
      'kind = "openai-compatible"',
      'base_url = "http://127.0.0.1:11434/v1"',
      '[[llm.providers.ollama.models]]',
      'id = "llama3.1:8b"',
      'context_window = 8192',
    ].join('\n');
    const from = resolution(toml, {});
    expect(resolveModel('ollama/llama3.1:8b', from)._unsafeUnwrap()).toMatchObject({
      api: 'openai-completions',
      baseUrl: 'http://127.0.0.1:11434/v1',
      contextWindow: 8_192,
      compat: { supportsDeveloperRole: false },
    });
    expect(resolveModel('ollama/org/other-model', from)._unsafeUnwrap()).toMatchObject({
      id: 'org/other-model',
      contextWindow: 128_000,
    });
  });

  it('re-homes the catalog under a renamed provider with its own URL and key variable', () => {
    const toml = '[llm.providers.claude]\nkind = "anthropic"\nbase_url = "http://proxy:8080"\napi_key_env = "MY_KEY"\n';
    const model = resolveModel('claude/claude-haiku-4-5', resolution(toml, { MY_KEY: 'k' }))._unsafeUnwrap();
    expect(model).toMatchObject({ provider: 'claude', baseUrl: 'http://proxy:8080', contextWindow: 200_000 });
  });
});
