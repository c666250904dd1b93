import { execFile } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import { promisify } from 'node:util';
import { detectCgroups, type CgroupDriver } from './cgroups.js';
import { findExecutable, hardRlimits } from './host-facts.js';
import type { Rlimits } from './launcher.js';
import { hostRootLayout, type RootLayout } from './root-layout.js';

/** What the backend learnt about this host once: tools, versions, the root layout, cgroups. */
export interface BwrapSetup {
  readonly bwrap?: string;
  readonly prlimit?: string;
  readonly sh?: string;
  readonly version?: string;
  /** Why sandboxes cannot run here, if they cannot. */
  readonly problem?: string;
  readonly layout: RootLayout;
  readonly hardLimits: Partial<Record<keyof Rlimits, number>>;
  readonly cgroups?: CgroupDriver;
  readonly notes: readonly string[];
  /** Target of /etc/resolv.conf when it is a symlink (bound when network is on). */
  readonly resolvConf?: string;
}

/** Options that shape the setup. */
export interface BwrapSetupOptions {
  readonly path: string;
  readonly bwrap?: string;
  readonly useCgroups: boolean;
  readonly cgroupRoot?: string;
}

const MINIMUM_VERSION = [0, 8, 0] as const;

function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let index = 0; index < minimum.length; index += 1) {
    const part = parts[index] ?? 0;
    const wanted = minimum[index] ?? 0;
    if (part !== wanted) return part > wanted;
  }
  return true;
}

function resolvConfTarget(): string | undefined {
  try {
    return lstatSync('/etc/resolv.conf').isSymbolicLink() ? realpathSync('/etc/resolv.conf') : undefined;
  } catch {
    return undefined;
  }
}

/** Finds bwrap (≥ 0.8.0, for `--disable-userns`), prlimit and sh, reads the root layout and detects cgroups. */
export async function setUpBwrap(options: BwrapSetupOptions): Promise<BwrapSetup> {
  const bwrap = options.bwrap ?? findExecutable('bwrap', options.path);
  const prlimit = findExecutable('prlimit', options.path);
  const sh = findExecutable('sh', options.path);
  const notes: string[] = [];
  const base = {
    layout: hostRootLayout(),
    hardLimits: hardRlimits(),
    notes,
    ...(prlimit ? { prlimit } : {}),
    ...(sh ? { sh } : {}),
  };
  const resolvConf = resolvConfTarget();
  if (resolvConf !== undefined) Object.assign(base, { resolvConf });
  if (bwrap === undefined) {
    return { ...base, problem: 'bwrap (bubblewrap) is not installed; install it, e.g. `apt-get install bubblewrap`' };
  }
  let version: string;
  try {
    const { stdout } = await promisify(execFile)(bwrap, ['--version'], {
      timeout: 10_000,
      env: { PATH: options.path },
    });
    version = stdout.trim().replace(/^bubblewrap\s+/, '');
  } catch (error) {
    return {
      ...base,
      bwrap,
      problem: `cannot run ${bwrap} --version: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!atLeast(version, MINIMUM_VERSION)) {
    return {
      ...base,
      bwrap,
      version,
      problem: `bubblewrap ${version} is too old; 0.8.0 or newer is needed for --disable-userns`,
    };
  }
  if (prlimit === undefined) notes.push('prlimit (util-linux) not found: per-process limits are not enforced');
  if (sh === undefined) notes.push('sh not found: cgroups cannot be joined, so cgroup limits are not enforced');
  const cgroups =
    options.useCgroups && sh !== undefined
      ? await detectCgroups(options.cgroupRoot)
      : { reason: 'cgroups disabled by configuration' };
  notes.push(
    cgroups.driver
      ? `cpus, memory and processes limited by ${cgroups.reason}`
      : `cpus, memory and processes not limited: ${cgroups.reason}`,
  );
  notes.push('RLIMIT_NPROC is not used: it counts every process of the invoking user, not those of one sandbox');
  if (process.getuid?.() === 0)
    notes.push('running as root: sandboxes run as root inside a user namespace with every capability dropped');
  return { ...base, bwrap, version, ...(cgroups.driver ? { cgroups: cgroups.driver } : {}) };
}
