// An `[llm]` section whose providers all point at one fake LLM server: the real Anthropic
// Messages, OpenAI Responses and OpenAI-compatible Chat Completions code paths of pi-ai.
import type { FakeLlm, FakeLlmProtocol } from '@oxios/testkit';
import { parseConfig, type OxiosConfig } from '../../src/index.js';

/** The key every fake provider reads (from FAKE_LLM_KEY in the test's environment). */
export const FAKE_KEY = 'sk-fake-test-key-0123456789';

/** A `<provider>/<model>` reference per protocol. */
export const MODEL_BY_PROTOCOL: Readonly<Record<FakeLlmProtocol, string>> = {
  'anthropic-messages': 'fake-anthropic/claude-sonnet-4-5',
  'openai-responses': 'fake-openai/gpt-4o-mini',
  'openai-completions': 'fake-chat/fake-chat',
};

/** Every protocol, for `describe.each`. */
export const PROTOCOLS: readonly FakeLlmProtocol[] = ['anthropic-messages', 'openai-completions', 'openai-responses'];

/** The environment the fake providers' keys come from. */
export const FAKE_ENV: Readonly<Record<string, string>> = { FAKE_LLM_KEY: FAKE_KEY };

/** Parses `[llm]` with the three fake providers, then applies (unvalidated, sub-second) overrides. */
export function fakeLlmSection(fake: FakeLlm, overrides: Partial<OxiosConfig['llm']> = {}): OxiosConfig['llm'] {
  const text = [
    '[llm]',
    `default_model = "${MODEL_BY_PROTOCOL['anthropic-messages']}"`,
    '[llm.providers.fake-anthropic]',
    'kind = "anthropic"',
    `base_url = "${fake.anthropicBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
    '[llm.providers.fake-openai]',
    'kind = "openai"',
    `base_url = "${fake.openaiBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
    '[llm.providers.fake-chat]',
    'kind = "openai-compatible"',
    `base_url = "${fake.openaiBaseUrl}"`,
    '[[llm.providers.fake-chat.models]]',
    'id = "fake-chat"',
    'context_window = 128000',
    'max_tokens = 4096',
    'input_usd_per_mtok = 3.0',
    'output_usd_per_mtok = 15.0',
  ].join('\n');
  const config = parseConfig(text, 'fake.toml')._unsafeUnwrap();
  return {
    ...config.llm,
    max_retries: 2,
    retry_base_delay_ms: 20,
    // Generous: a loaded machine must not turn a slow fake into a stall. Stall tests set their own.
    idle_timeout_secs: 5,
    request_timeout_secs: 10,
    ...overrides,
  };
}
