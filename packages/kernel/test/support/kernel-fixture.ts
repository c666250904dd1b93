// A whole kernel (createKernel) in a temp OXIOS_HOME: the LLM providers point at a fake server,
// sandboxes are the host backend (real processes in the session workspace).
import { join } from 'node:path';
import type { FakeLlm } from '@oxios/testkit';
import { createKernel, parseConfig, type Kernel, type OxiosConfig } from '../../src/index.js';
import { FAKE_ENV, fakeLlmSection } from './llm-fixtures.js';

/** The config of a test kernel in `home`. */
export function testKernelConfig(home: string, fake: FakeLlm, extraToml = ''): OxiosConfig {
  const file = parseConfig(
    `[container]\nbackend = "host"\nallow_host = true\nexec_timeout_secs = 30\n${extraToml}`,
    'test.toml',
  )._unsafeUnwrap();
  return { ...file, llm: fakeLlmSection(fake), home, configPath: join(home, 'config.toml') };
}

/** A kernel over `home`; close it at the end of the test. */
export function testKernel(home: string, fake: FakeLlm, extraToml = ''): Kernel {
  return createKernel(testKernelConfig(home, fake, extraToml), { env: FAKE_ENV })._unsafeUnwrap();
}
