import { helloModel, type FakeLlmReply, type FakeLlmRequest } from '@oxios/testkit';

/** A model that finds every request clear, extracts a hello.txt seed, and as the agent writes it. */
export function respond(request: FakeLlmRequest): FakeLlmReply {
  return helloModel(request);
}

/** config.toml aiming the default model at a fake LLM whose key is in FAKE_LLM_KEY. */
export const fakeLlmToml = (anthropicBaseUrl: string): string =>
  [
    '[llm]',
    'default_model = "fake/claude-sonnet-4-5"',
    '[llm.providers.fake]',
    'kind = "anthropic"',
    `base_url = "${anthropicBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
  ].join('\n');
