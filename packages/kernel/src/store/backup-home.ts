import { backup, DatabaseSync } from 'node:sqlite';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { err, errAsync, ok, ResultAsync, type Result } from 'neverthrow';
import { invalidArgument, ioError, storeError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { acquireHomeLock } from './lock-file.js';
import { DATABASE_FILE_NAME, LOCK_FILE_NAME } from './open-store.js';
import type { Store } from './store.js';

/** Files and folders of OXIOS_HOME a backup carries besides the database. */
export const BACKED_UP_ENTRIES = ['config.toml', 'admin.token', 'programs', 'skills', 'personas', 'memory'] as const;

/** What a backup wrote. */
export interface BackupReport {
  readonly directory: string;
  readonly pages: number;
  readonly entries: readonly string[];
}

function copyEntries(from: string, to: string): Result<string[], KernelError> {
  const copied: string[] = [];
  for (const entry of BACKED_UP_ENTRIES) {
    const source = join(from, entry);
    if (!existsSync(source)) continue;
    try {
      // Symlinks are copied as links, never followed out of OXIOS_HOME; half-done installs are skipped.
      cpSync(source, join(to, entry), {
        recursive: true,
        verbatimSymlinks: true,
        preserveTimestamps: true,
        filter: (path) => !path.split(sep).includes('.staging'),
      });
      copied.push(entry);
    } catch (error) {
      return err(ioError('copy', source, error));
    }
  }
  return ok(copied);
}

/**
 * Backs up a live OXIOS_HOME into a new directory: the database through SQLite's online backup
 * (consistent while the server keeps writing) and the user-authored files next to it. The
 * directory is created 0700; it holds the admin token.
 */
export function backupHome(store: Store, home: string, directory: string): ResultAsync<BackupReport, KernelError> {
  if (existsSync(directory) && readdirSync(directory).length > 0) {
    return errAsync(invalidArgument('directory', `${directory} exists and is not empty`));
  }
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    chmodSync(directory, 0o700);
  } catch (error) {
    return errAsync(ioError('create', directory, error));
  }
  return ResultAsync.fromPromise(backup(store.database, join(directory, DATABASE_FILE_NAME)), (error) =>
    storeError('back up the database', error),
  ).andThen((pages) =>
    copyEntries(home, directory).map((entries) => ({ directory, pages, entries: [DATABASE_FILE_NAME, ...entries] })),
  );
}

function checkBackup(directory: string): Result<void, KernelError> {
  const path = join(directory, DATABASE_FILE_NAME);
  if (!existsSync(path) || !statSync(path).isFile())
    return err(invalidArgument('directory', `${directory} has no ${DATABASE_FILE_NAME}`));
  try {
    const database = new DatabaseSync(path, { readOnly: true });
    try {
      const rows = database.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      const healthy = rows.length === 1 && rows[0]?.integrity_check === 'ok';
      return healthy
        ? ok(undefined)
        : err(storeError('check the backup', new Error(rows.map((row) => row.integrity_check).join('; '))));
    } finally {
      database.close();
    }
  } catch (error) {
    return err(storeError('open the backup', error));
  }
}

/**
 * Restores a backup into OXIOS_HOME. Refused (`store-locked`) while an Oxios process holds the
 * home; the backup's database must pass `integrity_check`. The current database and files are
 * replaced (their WAL files removed); everything else in the home is left alone.
 */
export function restoreHome(directory: string, home: string): Result<readonly string[], KernelError> {
  const checked = checkBackup(directory);
  if (checked.isErr()) return err(checked.error);
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const lock = acquireHomeLock(join(home, LOCK_FILE_NAME));
  if (lock.isErr()) return err(lock.error);
  try {
    const target = join(home, DATABASE_FILE_NAME);
    const staged = `${target}.restore-${process.pid}`;
    cpSync(join(directory, DATABASE_FILE_NAME), staged);
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staged, target);
    const restored = [DATABASE_FILE_NAME];
    for (const entry of BACKED_UP_ENTRIES) {
      const source = join(directory, entry);
      if (!existsSync(source)) continue;
      rmSync(join(home, entry), { recursive: true, force: true });
      cpSync(source, join(home, entry), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      restored.push(entry);
    }
    return ok(restored);
  } catch (error) {
    return err(ioError('restore', home, error));
  } finally {
    lock.value.release();
  }
}
