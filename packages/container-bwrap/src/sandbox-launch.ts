import { statSync } from 'node:fs';
import { isAbsolute, posix, relative } from 'node:path';
import type { ExecOptions, KernelError, SandboxSpec } from '@oxios/kernel';
import { buildBwrapArgv, SANDBOX_HOME, SANDBOX_PATH, SANDBOX_WORKSPACE } from './bwrap-argv.js';
import type { BwrapSetup } from './bwrap-setup.js';
import { invalidArgument } from './errors.js';
import { buildLaunch, rlimitsFor, type Launch } from './launcher.js';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = ['/', '/proc', '/dev', '/tmp', SANDBOX_WORKSPACE];

const inside = (parent: string, child: string) => {
  const path = relative(parent, child);
  return path === '' || (path !== '..' && !path.startsWith('../') && !isAbsolute(path));
};

const badEnv = (env: Readonly<Record<string, string>> | undefined) =>
  Object.entries(env ?? {}).find(([name, value]) => !ENV_NAME.test(name) || value.includes('\0'))?.[0];

/** Why `spec` cannot become a sandbox, or undefined. */
export function checkSpec(spec: SandboxSpec, hidden: readonly string[]): KernelError | undefined {
  if (!NAME.test(spec.name))
    return invalidArgument('name', `${JSON.stringify(spec.name)} is not a valid container name`);
  if (!isAbsolute(spec.workspace) || !statSync(spec.workspace, { throwIfNoEntry: false })?.isDirectory()) {
    return invalidArgument('workspace', `${spec.workspace} is not an existing absolute folder`);
  }
  for (const mount of spec.mounts ?? []) {
    if (!isAbsolute(mount.hostPath) || statSync(mount.hostPath, { throwIfNoEntry: false }) === undefined) {
      return invalidArgument('mounts', `${mount.hostPath} does not exist`);
    }
    if (
      !posix.isAbsolute(mount.path) ||
      RESERVED.some((reserved) => inside(reserved, mount.path) && reserved !== '/') ||
      mount.path === '/'
    ) {
      return invalidArgument('mounts', `${mount.path} is not a place a mount may go`);
    }
    if (hidden.some((path) => inside(path, mount.hostPath)))
      return invalidArgument('mounts', `${mount.hostPath} is inside a hidden folder`);
  }
  const env = badEnv(spec.env);
  return env === undefined
    ? undefined
    : invalidArgument('env', `${JSON.stringify(env)} is not a variable name or has a NUL byte`);
}

/**
 * The launch of `argv` in `sandbox`: the command's environment (PATH, HOME, the container's, the
 * command's), its cwd (relative to the workspace), the bwrap arguments, and prlimit/cgroup
 * wrapping. Returns an Error for input no sandbox can take.
 */
export function sandboxLaunch(
  facts: BwrapSetup,
  sandbox: { readonly spec: SandboxSpec; readonly cgroupProcs: readonly string[] },
  hidden: readonly string[],
  argv: readonly string[],
  options: Pick<ExecOptions, 'cwd' | 'env'>,
): { launch: Launch; bwrap: Launch } | Error {
  const { spec } = sandbox;
  if (argv.length === 0 || argv[0] === '') return new Error('expected a command');
  if (argv.some((arg) => arg.includes('\0'))) return new Error('arguments may not contain NUL bytes');
  const env = badEnv(options.env);
  if (env !== undefined) return new Error(`${JSON.stringify(env)} is not a variable name or has a NUL byte`);
  const cwd = posix.resolve(SANDBOX_WORKSPACE, options.cwd ?? '.');
  if (cwd.includes('\0')) return new Error('cwd may not contain NUL bytes');
  const bwrapArgs = buildBwrapArgv({
    layout: facts.layout,
    workspace: spec.workspace,
    mounts: spec.mounts ?? [],
    hidden,
    network: spec.network,
    ...(facts.resolvConf === undefined ? {} : { resolvConf: facts.resolvConf }),
    hostname: spec.name,
    env: { PATH: SANDBOX_PATH, HOME: SANDBOX_HOME, ...spec.env, ...options.env },
    cwd,
    // /tmp is memory: bounded by the container's memory limit even where no cgroup enforces it.
    tmpSizeBytes: spec.limits.memoryMiB * 1024 * 1024,
    argv,
  });
  const bwrap = facts.bwrap ?? 'bwrap';
  const launch = buildLaunch({
    bwrap,
    bwrapArgs,
    rlimits: facts.prlimit === undefined ? {} : rlimitsFor(spec.limits, facts.hardLimits, { nproc: false }),
    cgroupProcs: sandbox.cgroupProcs,
    ...(facts.prlimit === undefined ? {} : { prlimit: facts.prlimit }),
    ...(facts.sh === undefined ? {} : { sh: facts.sh }),
  });
  return { launch, bwrap: { file: bwrap, args: bwrapArgs } };
}
