import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';

/** The environment variable that carries the fake provider's key to the CLI and server processes. */
export const FAKE_KEY_ENV = 'OXIOS_TEST_FAKE_LLM_KEY';

/**
 * A temporary OXIOS_HOME whose config points the kernel at the fake LLM server (a real HTTP
 * server on 127.0.0.1, speaking Anthropic's wire protocol) and runs commands on the host backend
 * (no isolation needed to check `cat hello.txt`).
 */
export async function createConversationHome(anthropicBaseUrl: string): Promise<TempHome> {
  const home = await createTempHome();
  writeFileSync(
    join(home.path, 'config.toml'),
    [
      '[llm]',
      'default_model = "fake/claude-sonnet-4-5"',
      '[llm.providers.fake]',
      'kind = "anthropic"',
      `base_url = "${anthropicBaseUrl}"`,
      `api_key_env = "${FAKE_KEY_ENV}"`,
      '[container]',
      'backend = "host"',
      'allow_host = true',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  home.env[FAKE_KEY_ENV] = 'sk-fake';
  return home;
}
