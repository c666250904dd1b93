import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CPU_PERIOD_US, killProcs, MIB, removeDirectory, sweepFolder, write, writeIfPresent } from './cgroup-files.js';
import type { CgroupDriver } from './cgroups.js';

/** The v1 controllers used. */
export const V1_CONTROLLERS = ['memory', 'pids', 'cpu'] as const;

/** cgroup v1: one folder per container under each of the memory, pids and cpu hierarchies. */
export function v1Driver(mount: string): CgroupDriver {
  const directory = (controller: string, id: string) => join(mount, controller, 'oxios', id);
  const kill = (id: string) => {
    for (const controller of V1_CONTROLLERS) killProcs(join(directory(controller, id), 'cgroup.procs'));
  };
  return {
    version: 1,
    create(id, limits) {
      for (const controller of V1_CONTROLLERS) mkdirSync(directory(controller, id), { recursive: true });
      const memory = directory('memory', id);
      write(join(memory, 'memory.limit_in_bytes'), limits.memoryMiB * MIB);
      // Equal memory+swap means no swap: the limit cannot be dodged by swapping.
      writeIfPresent(join(memory, 'memory.memsw.limit_in_bytes'), limits.memoryMiB * MIB);
      write(join(directory('pids', id), 'pids.max'), limits.pids);
      write(join(directory('cpu', id), 'cpu.cfs_period_us'), CPU_PERIOD_US);
      write(join(directory('cpu', id), 'cpu.cfs_quota_us'), limits.cpus * CPU_PERIOD_US);
      return V1_CONTROLLERS.map((controller) => join(directory(controller, id), 'cgroup.procs'));
    },
    kill,
    async remove(id) {
      kill(id);
      for (const controller of V1_CONTROLLERS) await removeDirectory(directory(controller, id));
    },
    sweep() {
      for (const controller of V1_CONTROLLERS) sweepFolder(join(mount, controller, 'oxios'));
    },
  };
}
