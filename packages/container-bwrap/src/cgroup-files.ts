// Small file operations on cgroup folders, shared by the v1 and v2 drivers.
import { existsSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** True when `key` (`<name>.<pid>.<n>`) belongs to a process that no longer exists. */
function orphaned(key: string): boolean {
  const pid = Number(key.split('.').at(-2));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Deletes the empty cgroups in `folder` whose owning Oxios process is gone. */
export function sweepFolder(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return;
  }
  for (const name of names.filter(orphaned)) {
    try {
      rmdirSync(join(folder, name)); // only succeeds for an empty cgroup
    } catch {
      // Still has processes, or already gone.
    }
  }
}

/** CFS period: a quota of `cpus × period` per period allows `cpus` CPUs. */
export const CPU_PERIOD_US = 100_000;
/** Bytes in a MiB. */
export const MIB = 1024 * 1024;

/** Writes one cgroup control file. */
export function write(path: string, value: string | number): void {
  writeFileSync(path, String(value));
}

/** Writes a control file the kernel may not have (e.g. swap accounting). */
export function writeIfPresent(path: string, value: string | number): void {
  if (existsSync(path)) write(path, value);
}

/** SIGKILLs every pid listed in a `cgroup.procs` file. */
export function killProcs(procsFile: string): void {
  let text: string;
  try {
    text = readFileSync(procsFile, 'utf8');
  } catch {
    return;
  }
  for (const pid of text.split('\n').filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Removes a cgroup folder, waiting briefly for its killed processes to go. */
export async function removeDirectory(path: string): Promise<void> {
  // A cgroup can only be removed once its killed processes are gone; give them a moment.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      rmdirSync(path);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
