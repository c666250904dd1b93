import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CPU_PERIOD_US, killProcs, MIB, removeDirectory, sweepFolder, write, writeIfPresent } from './cgroup-files.js';
import type { CgroupDriver } from './cgroups.js';

/** cgroup v2: one folder per container under `<mount>/oxios`, with memory, pids and cpu enabled. */
export function v2Driver(mount: string): CgroupDriver {
  const base = join(mount, 'oxios');
  const directory = (id: string) => join(base, id);
  const kill = (id: string) => {
    const killFile = join(directory(id), 'cgroup.kill');
    if (existsSync(killFile)) write(killFile, 1);
    else killProcs(join(directory(id), 'cgroup.procs'));
  };
  return {
    version: 2,
    create(id, limits) {
      const path = directory(id);
      mkdirSync(path, { recursive: true });
      write(join(path, 'memory.max'), limits.memoryMiB * MIB);
      writeIfPresent(join(path, 'memory.swap.max'), 0);
      write(join(path, 'pids.max'), limits.pids);
      write(join(path, 'cpu.max'), `${limits.cpus * CPU_PERIOD_US} ${CPU_PERIOD_US}`);
      return [join(path, 'cgroup.procs')];
    },
    kill,
    async remove(id) {
      kill(id);
      await removeDirectory(directory(id));
    },
    sweep() {
      sweepFolder(base);
    },
  };
}

/** Enables the memory, pids and cpu controllers for `<mount>/oxios/*`; throws when the host will not. */
export function enableV2Controllers(mount: string): void {
  const wanted = ['memory', 'pids', 'cpu'];
  const available = readFileSync(join(mount, 'cgroup.controllers'), 'utf8').split(/\s+/);
  const missing = wanted.filter((controller) => !available.includes(controller));
  if (missing.length > 0) throw new Error(`cgroup v2 controllers unavailable: ${missing.join(', ')}`);
  const enable = wanted.map((controller) => `+${controller}`).join(' ');
  write(join(mount, 'cgroup.subtree_control'), enable);
  mkdirSync(join(mount, 'oxios'), { recursive: true });
  write(join(mount, 'oxios', 'cgroup.subtree_control'), enable);
}
