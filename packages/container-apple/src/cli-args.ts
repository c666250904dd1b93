import { posix } from 'node:path';
import type { SandboxSpec } from '@oxios/kernel';
import type { CliFeatures } from './cli-features.js';

/** Where the workspace is mounted inside every container. */
export const CONTAINER_WORKSPACE = '/workspace';

/** The container id for an Oxios container name. */
export const containerId = (name: string): string => `oxios-${name}`;

/** The smallest memory the container service accepts, MiB. */
export const MINIMUM_MEMORY_MIB = 200;

const MIB = 1024 * 1024;

/**
 * `container run` arguments that create `spec` as a detached container kept alive by
 * `sleep infinity`: labels, the workspace volume, extra read-only volumes, cpus, memory, no
 * network unless allowed, a read-only root with a private /tmp, rlimits, and an env file.
 * Throws nothing; callers check the spec first with {@link runSpecProblem}.
 */
export function buildRunArgs(spec: SandboxSpec, options: { features: CliFeatures; envFile?: string }): string[] {
  const args = ['run', '-d', '--name', containerId(spec.name)];
  for (const [key, value] of Object.entries(spec.labels ?? {}).sort(([a], [b]) => a.localeCompare(b)))
    args.push('-l', `${key}=${value}`);
  args.push('-v', `${spec.workspace}:${CONTAINER_WORKSPACE}`);
  for (const mount of spec.mounts ?? []) args.push('-v', `${mount.hostPath}:${mount.path}:ro`);
  args.push('-w', CONTAINER_WORKSPACE, '--cpus', String(spec.limits.cpus), '--memory', `${spec.limits.memoryMiB}M`);
  if (!spec.network) args.push('--network', 'none');
  if (options.features.readOnly) args.push('--read-only', '--tmpfs', '/tmp');
  if (options.features.ulimit) {
    const { openFiles, fileSizeMiB, cpuSeconds, addressSpaceMiB } = spec.limits;
    args.push(
      '--ulimit',
      `nofile=${openFiles}:${openFiles}`,
      '--ulimit',
      `fsize=${fileSizeMiB * MIB}:${fileSizeMiB * MIB}`,
      '--ulimit',
      `cpu=${cpuSeconds}:${cpuSeconds}`,
    );
    if (addressSpaceMiB > 0) args.push('--ulimit', `as=${addressSpaceMiB * MIB}:${addressSpaceMiB * MIB}`);
  }
  if (options.envFile !== undefined) args.push('--env-file', options.envFile);
  args.push(spec.image, 'sleep', 'infinity');
  return args;
}

/** Why the CLI cannot create `spec` as asked, or undefined. */
export function runSpecProblem(
  spec: SandboxSpec,
  features: CliFeatures,
): { field: string; message: string } | undefined {
  if (containerId(spec.name).length > 63)
    return { field: 'name', message: `the apple backend allows names of at most ${63 - 'oxios-'.length} characters` };
  const paths = [spec.workspace, ...(spec.mounts ?? []).flatMap((mount) => [mount.hostPath, mount.path])];
  const colon = paths.find((path) => path.includes(':'));
  if (colon !== undefined)
    return { field: 'workspace', message: `${colon}: the container CLI cannot mount a path containing ":"` };
  if (spec.limits.memoryMiB < MINIMUM_MEMORY_MIB)
    return { field: 'limits.memoryMiB', message: `the container service needs at least ${MINIMUM_MEMORY_MIB} MiB` };
  if (!spec.network && !features.networkNone)
    return { field: 'network', message: 'this container CLI cannot turn networking off (needs 0.6.0 or newer)' };
  return undefined;
}

/** `container exec` arguments for `argv` in container `id`. */
export function buildExecArgs(
  id: string,
  argv: readonly string[],
  options: { cwd?: string | undefined; envFile?: string; stdin: boolean },
): string[] {
  const args = ['exec'];
  if (options.stdin) args.push('-i');
  args.push('-w', posix.resolve(CONTAINER_WORKSPACE, options.cwd ?? '.'));
  if (options.envFile !== undefined) args.push('--env-file', options.envFile);
  args.push(id, ...argv);
  return args;
}
