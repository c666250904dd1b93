import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

describe('[llm]', () => {
  it('reads an OpenAI-compatible provider with its models and prices', () => {
    const text = [
      '[llm]',
      'default_model = "ollama/qwen2.5-coder:7b"',
      '[llm.providers.ollama]',
      'kind = "openai-compatible"',
      'base_url = "http://127.0.0.1:11434/v1"',
      '[[llm.providers.ollama.models]]',
      'id = "qwen2.5-coder:7b"',
      'context_window = 32768',
      'output_usd_per_mtok = 0.5',
    ].join('\n');
    const llm = parseConfig(text, 'c.toml')._unsafeUnwrap().llm;
    expect(llm.default_model).toBe('ollama/qwen2.5-coder:7b');
    expect(llm.providers['ollama']).toEqual({
      kind: 'openai-compatible',
      base_url: 'http://127.0.0.1:11434/v1',
      models: [
        {
          id: 'qwen2.5-coder:7b',
          context_window: 32_768,
          max_tokens: 8_192,
          input_usd_per_mtok: 0,
          output_usd_per_mtok: 0.5,
          cache_read_usd_per_mtok: 0,
          cache_write_usd_per_mtok: 0,
          reasoning: false,
        },
      ],
    });
  });

  it('refuses an API key written in the file and says where keys go', () => {
    const error = parseConfig('[llm.providers.anthropic]\nkind = "anthropic"\napi_key = "sk-live"\n', 'c.toml');
    const message = error._unsafeUnwrapErr().message;
    expect(message).toContain('llm.providers.anthropic.api_key: API keys are not accepted in the config file');
    expect(message).toContain('api_key_env');
    expect(message).not.toContain('sk-live');
  });

  it('requires a base URL for an OpenAI-compatible provider', () => {
    const error = parseConfig('[llm.providers.local]\nkind = "openai-compatible"\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'config-invalid',
      issues: [{ path: 'llm.providers.local.base_url', message: expect.stringContaining('required') as string }],
    });
  });

  it('rejects a default model without a provider prefix and an unknown provider kind', () => {
    const error = parseConfig('[llm]\ndefault_model = "gpt-4o"\n[llm.providers.x]\nkind = "gemini"\n', 'c.toml');
    const failure = error._unsafeUnwrapErr();
    if (failure.code !== 'config-invalid') throw new Error(`unexpected ${failure.code}`);
    expect(failure.issues.map((issue) => issue.path).sort()).toEqual(['llm.default_model', 'llm.providers.x.kind']);
  });

  it('keeps the idle timeout within the request timeout', () => {
    const error = parseConfig('[llm]\nrequest_timeout_secs = 10\nidle_timeout_secs = 20\n', 'c.toml');
    expect(error._unsafeUnwrapErr().message).toContain('llm.idle_timeout_secs: must not exceed request_timeout_secs');
  });
});
