import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeState } from './state.js';

/** Options of {@link createFakeContainer}. */
export interface FakeContainerOptions {
  /** The CLI version to emulate. Default `1.2.2`; pre-1.0 versions print the old JSON shape. */
  readonly version?: string;
  /** `running` (default), `not-running`, `unregistered` or `ci-xpc`. */
  readonly scenario?: 'running' | 'not-running' | 'unregistered' | 'ci-xpc';
}

/** A fake `container` CLI with its own state, ready to hand to a backend under test. */
export interface FakeContainer extends AsyncDisposable {
  /** Absolute path of the executable (a Node script with a shebang). */
  readonly binary: string;
  /** Environment the backend must run the binary with. */
  readonly env: Record<string, string>;
  readonly directory: string;
  /** argv of every invocation so far, oldest first. */
  calls(): string[][];
  /** The fake's current state. */
  state(): FakeState;
  remove(): Promise<void>;
}

/** The built fake CLI (next to this module in dist/). */
export const FAKE_CONTAINER_BINARY = fileURLToPath(new URL('./fake-container.js', import.meta.url));

/** Creates a fake `container` CLI with a fresh state folder. */
export async function createFakeContainer(options: FakeContainerOptions = {}): Promise<FakeContainer> {
  const directory = await mkdtemp(join(tmpdir(), 'oxios-fake-container-'));
  const statePath = join(directory, 'state.json');
  const logPath = join(directory, 'calls.jsonl');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    FAKE_CONTAINER_STATE: statePath,
    FAKE_CONTAINER_LOG: logPath,
    FAKE_CONTAINER_VERSION: options.version ?? '1.2.2',
    FAKE_CONTAINER_SCENARIO: options.scenario ?? 'running',
  };
  const remove = () => rm(directory, { recursive: true, force: true });
  return {
    binary: FAKE_CONTAINER_BINARY,
    env,
    directory,
    calls: () =>
      existsSync(logPath)
        ? readFileSync(logPath, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => (JSON.parse(line) as { argv: string[] }).argv)
        : [],
    state: () =>
      existsSync(statePath)
        ? (JSON.parse(readFileSync(statePath, 'utf8')) as FakeState)
        : {
            systemRunning: options.scenario === undefined || options.scenario === 'running',
            images: [],
            containers: {},
          },
    remove,
    [Symbol.asyncDispose]: remove,
  };
}
