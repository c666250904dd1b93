import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxLimits } from '@oxios/kernel';
import { V1_CONTROLLERS, v1Driver } from './cgroup-v1.js';
import { enableV2Controllers, v2Driver } from './cgroup-v2.js';

/** cgroup limits for sandboxes: one cgroup per container, shared by all its commands. */
export interface CgroupDriver {
  readonly version: 1 | 2;
  /**
   * Creates (or reuses) cgroup `key` with `limits`; returns the `cgroup.procs` files to join.
   * Throws on failure. Keys are `<container>.<pid>.<n>` so concurrent Oxios processes never share one.
   */
  create(key: string, limits: SandboxLimits): string[];
  /** SIGKILLs every process in the cgroup. */
  kill(key: string): void;
  /** Kills, then deletes the cgroup. */
  remove(key: string): Promise<void>;
  /** Deletes empty cgroups left by Oxios processes that are gone. */
  sweep(): void;
}

/**
 * Finds a cgroup hierarchy Oxios may write (v1 memory/pids/cpu controllers, or v2 with those
 * controllers delegable) and proves it by creating, limiting and removing a test cgroup.
 * Returns the driver, or why cgroups cannot be used.
 */
export async function detectCgroups(mount = '/sys/fs/cgroup'): Promise<{ driver?: CgroupDriver; reason: string }> {
  try {
    let driver: CgroupDriver;
    if (existsSync(join(mount, 'cgroup.controllers'))) {
      enableV2Controllers(mount);
      driver = v2Driver(mount);
    } else {
      for (const controller of V1_CONTROLLERS) accessSync(join(mount, controller), constants.W_OK);
      driver = v1Driver(mount);
    }
    driver.sweep();
    const probeId = `probe.${process.pid}.0`;
    driver.create(probeId, {
      cpus: 1,
      memoryMiB: 64,
      pids: 8,
      fileSizeMiB: 1,
      openFiles: 16,
      cpuSeconds: 1,
      addressSpaceMiB: 0,
    });
    const pidsFolder = driver.version === 1 ? join(mount, 'pids', 'oxios', probeId) : join(mount, 'oxios', probeId);
    const pidsMax = readFileSync(join(pidsFolder, 'pids.max'), 'utf8').trim();
    await driver.remove(probeId);
    if (pidsMax !== '8') throw new Error(`pids.max reads ${pidsMax} after writing 8`);
    return { driver, reason: `cgroup v${driver.version} at ${mount}` };
  } catch (error) {
    return { reason: `no writable cgroup hierarchy (${error instanceof Error ? error.message : String(error)})` };
  }
}
