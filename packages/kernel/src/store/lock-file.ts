import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from 'neverthrow';
import { ioError, storeLocked } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** A held lock on OXIOS_HOME; `release()` gives it back. Idempotent. */
export interface HomeLock {
  readonly path: string;
  release(): void;
}

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly startedAt: string;
}

function readInfo(path: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string'
      ? { pid: parsed.pid, host: parsed.host ?? '', token: parsed.token, startedAt: parsed.startedAt ?? '' }
      : undefined;
  } catch {
    // Missing or unreadable: the message then shows no pid.
    return undefined;
  }
}

function isBusy(error: unknown): boolean {
  const details = error as { errcode?: unknown; message?: unknown };
  return (
    details.errcode === 5 ||
    (typeof details.message === 'string' && /database is locked|SQLITE_BUSY/i.test(details.message))
  );
}

/**
 * Takes the write lock of OXIOS_HOME. The lock itself is an operating-system file lock (SQLite's
 * exclusive lock on `<path>.db`): the kernel releases it when the holding process ends, however it
 * ends, so there are no stale locks — not after a SIGKILL, not when a restarted container reuses
 * the pid, not on a new host name. `<path>` records the holder's pid and host, so a second writer
 * gets `store-locked` naming the holder.
 */
export function acquireHomeLock(path: string): Result<HomeLock, KernelError> {
  let database: DatabaseSync | undefined;
  try {
    database = new DatabaseSync(`${path}.db`, { timeout: 0 });
    database.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;');
  } catch (error) {
    database?.close();
    return err(isBusy(error) ? storeLocked(path, readInfo(path)?.pid ?? 0) : ioError('lock', path, error));
  }
  const held = database;
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    token: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
  };
  try {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(info), { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    held.exec('ROLLBACK');
    held.close();
    return err(ioError('write', path, error));
  }
  let released = false;
  return ok({
    path,
    release() {
      if (released) return;
      released = true;
      try {
        if (readInfo(path)?.token === info.token) unlinkSync(path);
      } finally {
        held.exec('ROLLBACK');
        held.close();
      }
    },
  });
}
