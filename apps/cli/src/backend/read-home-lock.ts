import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE_NAME } from '@oxios/kernel';
import { z } from 'zod';

const LockSchema = z.object({ pid: z.number().int().positive(), host: z.string() });

/** The process holding OXIOS_HOME's write lock, if it runs on this machine and is alive. */
export function readHomeLock(home: string): { pid: number } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(home, LOCK_FILE_NAME), 'utf8'));
  } catch {
    return undefined;
  }
  const lock = LockSchema.safeParse(raw);
  if (!lock.success || lock.data.host !== hostname()) return undefined;
  try {
    process.kill(lock.data.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { pid: lock.data.pid };
}
