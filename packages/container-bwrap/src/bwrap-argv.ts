import { posix } from 'node:path';
import type { SandboxMount } from '@oxios/kernel';
import type { RootLayout } from './root-layout.js';

/** Where the workspace appears inside every sandbox (the kernel's WORKSPACE_MOUNT_PATH). */
export const SANDBOX_WORKSPACE = '/workspace';

/** PATH inside the sandbox. */
export const SANDBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** HOME inside the sandbox: the private /tmp, so tools never write caches into the workspace. */
export const SANDBOX_HOME = '/tmp';

/** The file descriptor bwrap reports the command's exit status on (`--json-status-fd`). */
export const STATUS_FD = 3;

/** Everything one sandbox invocation depends on. */
export interface BwrapArgvInput {
  readonly layout: RootLayout;
  /** Host path of the workspace, bound read-write at {@link SANDBOX_WORKSPACE}. */
  readonly workspace: string;
  /** Extra read-only mounts. */
  readonly mounts: readonly SandboxMount[];
  /** Host paths that must stay invisible even when a mount contains them (OXIOS_HOME). */
  readonly hidden: readonly string[];
  readonly network: boolean;
  /** When `network` is on and /etc/resolv.conf is a symlink: its resolved target, bound so DNS works. */
  readonly resolvConf?: string;
  readonly hostname: string;
  /** The complete environment of the command. */
  readonly env: Readonly<Record<string, string>>;
  /** Absolute working directory inside the sandbox. */
  readonly cwd: string;
  /** Size of the private /tmp, bytes (tmpfs pages are memory). */
  readonly tmpSizeBytes: number;
  readonly argv: readonly string[];
}

/** Where a host path appears inside the sandbox through one of the read-only mounts, if it does. */
function insidePath(hostPath: string, mounts: readonly SandboxMount[]): string[] {
  const found: string[] = [];
  for (const mount of mounts) {
    const relative = posix.relative(mount.hostPath, hostPath);
    if (relative !== '..' && !relative.startsWith('../') && !posix.isAbsolute(relative))
      found.push(posix.join(mount.path, relative));
  }
  return found;
}

/**
 * The bwrap arguments (without the `bwrap` binary) for one command:
 * no namespaces shared (network only when allowed), no capabilities, no nested user namespaces,
 * a new session, death with the parent; a read-only root of the host's system folders with
 * private files masked; a fresh /dev, a read-only /proc, a private /tmp; the workspace read-write; a clean
 * environment; the root remounted read-only last; the exit status reported on fd 3.
 */
export function buildBwrapArgv(input: BwrapArgvInput): string[] {
  const args = ['--die-with-parent', '--new-session', '--unshare-all'];
  if (input.network) args.push('--share-net');
  args.push('--unshare-user', '--disable-userns', '--cap-drop', 'ALL', '--hostname', input.hostname, '--clearenv');
  for (const [name, value] of Object.entries(input.env)) args.push('--setenv', name, value);
  for (const entry of input.layout.entries) {
    if (entry.kind === 'symlink') args.push('--symlink', entry.target, entry.path);
    else args.push('--ro-bind', entry.path, entry.path);
  }
  for (const mask of input.layout.masks) {
    if (mask.kind === 'file') args.push('--ro-bind', '/dev/null', mask.path);
    else args.push('--tmpfs', mask.path, '--remount-ro', mask.path);
  }
  if (input.network && input.resolvConf !== undefined) args.push('--ro-bind', input.resolvConf, input.resolvConf);
  for (const mount of input.mounts) args.push('--ro-bind', mount.hostPath, mount.path);
  const visible = [
    ...input.layout.entries
      .filter((entry) => entry.kind === 'directory')
      .map((entry) => ({ hostPath: entry.path, path: entry.path })),
    ...input.mounts,
  ];
  for (const hidden of input.hidden) {
    for (const path of insidePath(hidden, visible)) args.push('--tmpfs', path, '--remount-ro', path);
  }
  // /proc read-only: a sandbox started by root is the host's root user to procfs permission
  // checks, so /proc/sys (global kernel settings such as core_pattern) would be writable, and
  // bwrap only covers subfolders that are themselves writable.
  args.push(
    '--dev',
    '/dev',
    '--proc',
    '/proc',
    '--remount-ro',
    '/proc',
    '--size',
    String(input.tmpSizeBytes),
    '--tmpfs',
    '/tmp',
  );
  args.push('--bind', input.workspace, SANDBOX_WORKSPACE, '--chdir', input.cwd);
  args.push('--remount-ro', '/', '--json-status-fd', String(STATUS_FD), '--', ...input.argv);
  return args;
}
