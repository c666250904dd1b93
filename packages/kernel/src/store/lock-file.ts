import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { err, ok, type Result } from 'neverthrow';
import { ioError, storeLocked } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** A held lock on OXIOS_HOME; `release()` removes the lock file if it is still ours. */
export interface HomeLock {
  readonly path: string;
  release(): void;
}

interface LockContents {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly startedAt: string;
}

function readLock(path: string): LockContents | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContents>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string'
      ? { pid: parsed.pid, host: parsed.host ?? '', token: parsed.token, startedAt: parsed.startedAt ?? '' }
      : undefined;
  } catch {
    // Missing, half-written or garbage: treated as no valid lock.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string, contents: LockContents): 'created' | 'exists' | Error {
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify(contents));
    } finally {
      closeSync(fd);
    }
    return 'created';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : (error as Error);
  }
}

/**
 * Takes the write lock of OXIOS_HOME: a lock file holding this process's pid. A lock left by a
 * process that no longer runs (killed, crashed) is taken over; a live holder is a typed
 * `store-locked` error naming its pid.
 */
export function acquireHomeLock(path: string): Result<HomeLock, KernelError> {
  const contents: LockContents = {
    pid: process.pid,
    host: hostname(),
    token: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const created = tryCreate(path, contents);
    if (created instanceof Error) return err(ioError('create', path, created));
    if (created === 'created') {
      return ok({
        path,
        release: () => {
          if (readLock(path)?.token === contents.token) unlinkSync(path);
        },
      });
    }
    const holder = readLock(path);
    if (holder && holder.host === contents.host && holder.pid !== process.pid && isAlive(holder.pid)) {
      return err(storeLocked(path, holder.pid));
    }
    if (holder && holder.host !== contents.host) return err(storeLocked(path, holder.pid));
    if (holder?.pid === process.pid) return err(storeLocked(path, holder.pid));
    // Stale (dead holder or unreadable file): remove and retry.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return err(ioError('remove', path, error));
    }
  }
  return err(storeLocked(path, readLock(path)?.pid ?? 0));
}
