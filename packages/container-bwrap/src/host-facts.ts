import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Rlimits } from './launcher.js';

/** The first executable named `name` on `path`, or undefined. */
export function findExecutable(name: string, path: string): string | undefined {
  for (const folder of path.split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

const LIMIT_ROWS: readonly [string, keyof Rlimits][] = [
  ['Max cpu time', 'cpu'],
  ['Max file size', 'fsize'],
  ['Max open files', 'nofile'],
  ['Max address space', 'as'],
  ['Max processes', 'nproc'],
];

/**
 * This process's hard rlimits (from /proc/self/limits). A sandbox cannot be given more: raising a
 * hard limit needs CAP_SYS_RESOURCE. `unlimited` rows are left out.
 */
export function hardRlimits(
  text: string = readFileSync('/proc/self/limits', 'utf8'),
): Partial<Record<keyof Rlimits, number>> {
  const hard: Partial<Record<keyof Rlimits, number>> = {};
  for (const line of text.split('\n')) {
    const row = LIMIT_ROWS.find(([label]) => line.startsWith(label));
    if (!row) continue;
    const columns = line.slice(row[0].length).trim().split(/\s+/);
    const value = Number(columns[1]);
    if (Number.isFinite(value)) hard[row[1]] = value;
  }
  return hard;
}
