import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway OXIOS_HOME. Dispose it (or call `remove`) to delete it. */
export interface TempHome extends AsyncDisposable {
  /** Absolute path of the folder (it exists, mode 0700). */
  readonly path: string;
  /** An environment with OXIOS_HOME set and inherited OXIOS_* variables removed. */
  readonly env: Record<string, string | undefined>;
  remove(): Promise<void>;
}

/**
 * Creates an empty temporary OXIOS_HOME. Variables from the caller's environment that start with
 * `OXIOS_` are cleared in `env` so a developer's own settings cannot leak into a test.
 */
export async function createTempHome(prefix = 'oxios-home-'): Promise<TempHome> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('OXIOS_')) env[key] = value;
  }
  env.OXIOS_HOME = path;
  const remove = () => rm(path, { recursive: true, force: true });
  return { path, env, remove, [Symbol.asyncDispose]: remove };
}
