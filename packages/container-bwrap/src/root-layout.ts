import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** One top-level entry of the sandbox root, copied from the host. */
export type RootEntry =
  | { readonly kind: 'directory'; readonly path: string }
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string };

/** A host entry hidden inside the sandbox: files become unreadable, folders empty. */
export interface Mask {
  readonly kind: 'file' | 'directory';
  readonly path: string;
}

/** The read-only root a sandbox sees: system folders only, secrets masked. */
export interface RootLayout {
  readonly entries: readonly RootEntry[];
  readonly masks: readonly Mask[];
}

/**
 * System folders a program needs. Everything else on the host — `/home`, `/root`, `/var`,
 * `/run` (and its sockets), `/srv`, `/opt`, `/mnt`, `/media`, `/tmp`, `/sys` — is absent.
 */
export const SYSTEM_ENTRIES = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/etc'] as const;

function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Entries under `root` that others may not read (`/etc/shadow`, `/etc/ssl/private`, …). A sandbox
 * started by root runs as the host's root user inside a user namespace, so file modes alone would
 * not stop it from reading them; they are masked instead.
 */
export function findPrivateEntries(root: string): Mask[] {
  const masks: Mask[] = [];
  const visit = (path: string) => {
    const stats = lstat(path);
    if (!stats || stats.isSymbolicLink()) return;
    const unreadable = (stats.mode & 0o004) === 0;
    if (stats.isDirectory()) {
      if (unreadable) {
        masks.push({ kind: 'directory', path });
        return;
      }
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) visit(join(path, name));
    } else if (stats.isFile() && unreadable) {
      masks.push({ kind: 'file', path });
    }
  };
  visit(root);
  return masks;
}

/** Reads the host's system folders (as folders or symlinks, e.g. merged-/usr) and the masks for /etc. */
export function hostRootLayout(): RootLayout {
  const entries: RootEntry[] = [];
  for (const path of SYSTEM_ENTRIES) {
    const stats = lstat(path);
    if (stats?.isSymbolicLink()) entries.push({ kind: 'symlink', path, target: readlinkSync(path) });
    else if (stats?.isDirectory()) entries.push({ kind: 'directory', path });
  }
  return { entries, masks: findPrivateEntries('/etc') };
}
