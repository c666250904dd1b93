import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../../errors/kernel-error.js';
import type { Store } from '../store.js';

/** Kernel-wide settings changed at run time (not in config.toml): a small key → text table. */
export interface SettingsRepository {
  /** The value, or `undefined` when the key was never set. */
  get(key: string): Result<string | undefined, KernelError>;
  set(key: string, value: string): Result<void, KernelError>;
  /** Removes the key; removing an absent key is not an error. */
  remove(key: string): Result<void, KernelError>;
}

/** Creates the settings repository over `store`. `now` is injectable for tests. */
export function createSettingsRepository(store: Store, now: () => number = Date.now): SettingsRepository {
  return {
    get(key) {
      return store.attempt('read setting', () => {
        const row = store.statement('SELECT value FROM kernel_settings WHERE key = ?').get(key) as
          { value: string } | undefined;
        return row?.value;
      });
    },
    set(key, value) {
      return store
        .attempt('write setting', () =>
          store
            .statement(
              `INSERT INTO kernel_settings (key, value, updated_at) VALUES (?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
            )
            .run(key, value, now()),
        )
        .andThen(() => ok(undefined));
    },
    remove(key) {
      return store
        .attempt('delete setting', () => store.statement('DELETE FROM kernel_settings WHERE key = ?').run(key))
        .andThen(() => ok(undefined));
    },
  };
}
