import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Environment } from './env-overrides.js';

/** Where Oxios keeps its state: `OXIOS_HOME` (with `~/` expanded), else `~/.oxios`. */
export function resolveHome(env: Environment = process.env): string {
  const configured = env.OXIOS_HOME?.trim();
  if (!configured) return join(homedir(), '.oxios');
  if (configured === '~') return homedir();
  if (configured.startsWith('~/')) return join(homedir(), configured.slice(2));
  return isAbsolute(configured) ? configured : resolve(configured);
}

/**
 * Creates OXIOS_HOME with mode 0700 when it does not exist. An existing folder readable by
 * others is tightened to 0700: it holds tokens and the database.
 */
export function ensureHome(home: string): Result<string, KernelError> {
  try {
    mkdirSync(home, { recursive: true, mode: 0o700 });
    if ((statSync(home).mode & 0o077) !== 0) chmodSync(home, 0o700);
    return ok(home);
  } catch (error) {
    return err(ioError('create', home, error));
  }
}
