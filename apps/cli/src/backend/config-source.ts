import type { ResultAsync } from 'neverthrow';
import type { CliError } from '../errors/cli-error.js';

/** The effective configuration as `config show --json` prints it (the API's `ConfigView`). */
export interface ConfigView {
  readonly home: string;
  readonly configPath: string;
  /** Secrets redacted. */
  readonly config: Record<string, unknown>;
}

/** What `config set` did. */
export interface ConfigSetResult {
  readonly key: string;
  readonly value: unknown;
  /** The file that was written. */
  readonly path: string;
  /** True when a running server must restart to use it. */
  readonly restartRequired: boolean;
  /** False when the file had to be rewritten from its parsed form (comments lost). */
  readonly commentsKept: boolean;
  /** An environment variable that overrides this key for this shell, if set. */
  readonly overriddenBy: string | null;
}

/**
 * Where `config show|get|set` read and write: the config file on this machine (default; the same
 * file a local server uses), or a remote server's config API (`--server`/`OXIOS_SERVER`).
 */
export interface ConfigSource {
  view(): ResultAsync<ConfigView, CliError>;
  set(key: string, value: unknown): ResultAsync<ConfigSetResult, CliError>;
}
