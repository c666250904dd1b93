import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { DEFAULT_CONFIG_TOML } from './default-config-toml.js';
import type { Environment } from './env-overrides.js';
import { ensureHome, resolveHome } from './home.js';
import { parseConfig } from './parse-config.js';
import type { OxiosConfig } from './schema.js';

/** Options for {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Environment to read OXIOS_* variables from. Default: `process.env`. */
  readonly env?: Environment;
  /** Explicit OXIOS_HOME; default from `env`. */
  readonly home?: string;
  /** Explicit config file; default `<home>/config.toml`. */
  readonly configPath?: string;
  /** Create OXIOS_HOME (0700) and write the commented default config when absent. Default false. */
  readonly initialize?: boolean;
}

/** The name of the config file inside OXIOS_HOME. */
export const CONFIG_FILE_NAME = 'config.toml';

function readText(path: string): Result<string | undefined, KernelError> {
  try {
    return ok(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  } catch (error) {
    return err(ioError('read', path, error));
  }
}

function writeDefault(path: string): Result<void, KernelError> {
  try {
    writeFileSync(path, DEFAULT_CONFIG_TOML, { mode: 0o600, flag: 'wx' });
    return ok(undefined);
  } catch (error) {
    // Another process may have written it between our check and our write; that is fine.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return ok(undefined);
    return err(ioError('write', path, error));
  }
}

/**
 * Loads the configuration: `<home>/config.toml` (defaults when absent), then environment
 * overrides, all validated. Errors name the key path and the expected type.
 */
export function loadConfig(options: LoadConfigOptions = {}): Result<OxiosConfig, KernelError> {
  const env = options.env ?? process.env;
  const home = options.home ?? resolveHome(env);
  const configPath = options.configPath ?? join(home, CONFIG_FILE_NAME);
  const prepared: Result<unknown, KernelError> = options.initialize
    ? ensureHome(home).andThen(() => (existsSync(configPath) ? ok(undefined) : writeDefault(configPath)))
    : ok(undefined);
  return prepared
    .andThen(() => readText(configPath))
    .andThen((text) => parseConfig(text ?? '', configPath, env))
    .map((file) => ({ ...file, home, configPath }));
}
