import type { SandboxLimits } from '@oxios/kernel';

/** A process to spawn: the file and its arguments (never a shell string). */
export interface Launch {
  readonly file: string;
  readonly args: readonly string[];
}

/** Per-process limits handed to prlimit (soft = hard). */
export interface Rlimits {
  /** RLIMIT_CPU, seconds. */
  readonly cpu?: number;
  /** RLIMIT_FSIZE, bytes. */
  readonly fsize?: number;
  /** RLIMIT_NOFILE. */
  readonly nofile?: number;
  /** RLIMIT_AS, bytes. */
  readonly as?: number;
  /** RLIMIT_NPROC (per real user: only meaningful for a non-root invoker). */
  readonly nproc?: number;
}

/**
 * Joins the cgroups named before `--`, then execs the rest. A constant script: paths and the
 * command arrive as positional parameters, nothing is interpolated into shell text. `$$` is this
 * shell's pid, which stays the pid of prlimit and then bwrap through `exec`, so every process of
 * the sandbox starts inside the cgroups.
 */
export const CGROUP_JOIN_SCRIPT =
  'while [ "$1" != -- ]; do printf "%s\\n" "$$" > "$1" || exit 125; shift; done; shift; exec "$@"';

const MIB = 1024 * 1024;

/** The rlimits for `limits`, each capped at `hard` (the invoker's own hard limits, which cannot be raised). */
export function rlimitsFor(
  limits: SandboxLimits,
  hard: Partial<Record<keyof Rlimits, number>>,
  options: { nproc: boolean },
): Rlimits {
  const cap = (name: keyof Rlimits, value: number) => Math.min(value, hard[name] ?? Number.POSITIVE_INFINITY);
  return {
    cpu: cap('cpu', limits.cpuSeconds),
    fsize: cap('fsize', limits.fileSizeMiB * MIB),
    nofile: cap('nofile', limits.openFiles),
    ...(limits.addressSpaceMiB > 0 ? { as: cap('as', limits.addressSpaceMiB * MIB) } : {}),
    ...(options.nproc ? { nproc: cap('nproc', limits.pids) } : {}),
  };
}

/**
 * The process that starts a sandbox: `[sh join cgroups] → [prlimit] → bwrap`, each exec'ing the
 * next so the pid spawned is the pid of bwrap.
 */
export function buildLaunch(input: {
  readonly bwrap: string;
  readonly bwrapArgs: readonly string[];
  readonly prlimit?: string;
  readonly rlimits: Rlimits;
  readonly sh?: string;
  /** `cgroup.procs` files to join. */
  readonly cgroupProcs: readonly string[];
}): Launch {
  let launch: Launch = { file: input.bwrap, args: input.bwrapArgs };
  const limits = Object.entries(input.rlimits).filter((entry): entry is [string, number] => entry[1] !== undefined);
  if (input.prlimit !== undefined && limits.length > 0) {
    const flags = limits.map(([name, value]) => `--${name}=${value}:${value}`);
    launch = { file: input.prlimit, args: [...flags, '--', launch.file, ...launch.args] };
  }
  if (input.sh !== undefined && input.cgroupProcs.length > 0) {
    launch = {
      file: input.sh,
      args: ['-c', CGROUP_JOIN_SCRIPT, 'oxios-cgroup-join', ...input.cgroupProcs, '--', launch.file, ...launch.args],
    };
  }
  return launch;
}
