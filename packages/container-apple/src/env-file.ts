import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why `env` cannot go into an env file (one `K=V` per line), or undefined. */
export function envProblem(env: Readonly<Record<string, string>>): string | undefined {
  const bad = Object.entries(env).find(
    ([name, value]) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /[\n\r\0]/.test(value),
  );
  return bad === undefined
    ? undefined
    : `${JSON.stringify(bad[0])}: names must be identifiers and values a single line`;
}

/**
 * Runs `work` with `env` in a private (0600) env file, removed afterwards; with an empty `env`,
 * no file. Values never appear on a command line, where other local users could read them.
 * Check `env` with {@link envProblem} first.
 */
export async function withEnvFile<T>(
  env: Readonly<Record<string, string>>,
  work: (path: string | undefined) => Promise<T>,
): Promise<T> {
  const entries = Object.entries(env);
  if (entries.length === 0) return work(undefined);
  const directory = await mkdtemp(join(tmpdir(), 'oxios-apple-env-'));
  try {
    const path = join(directory, 'env');
    await writeFile(path, entries.map(([name, value]) => `${name}=${value}\n`).join(''), { mode: 0o600 });
    return await work(path);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
