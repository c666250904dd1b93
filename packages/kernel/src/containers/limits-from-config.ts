import type { ContainerSection } from '../config/sections/container.js';
import type { SandboxLimits } from './sandbox-spec.js';

/** The sandbox limits `[container]` configures. */
export function limitsFromConfig(config: ContainerSection): SandboxLimits {
  return {
    cpus: config.cpus,
    memoryMiB: config.memory_mb,
    pids: config.pids,
    fileSizeMiB: config.file_size_mb,
    openFiles: config.open_files,
    cpuSeconds: config.cpu_seconds,
    addressSpaceMiB: config.address_space_mb,
  };
}
