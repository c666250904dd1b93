import { constants, lstatSync, mkdirSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { invalidArgument, ioError, pathDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { printable } from './printable.js';
import { resolveRealPath } from './resolve-real-path.js';
import type { ResolvedPath } from './types.js';

/** Options for {@link openResolvedPath}. Without `write` the file is opened read-only. */
export interface OpenPathOptions {
  /** Open for writing, creating the file when missing. The path must have been checked for `write`. */
  readonly write?: boolean;
  /** Append instead of writing from the start. */
  readonly append?: boolean;
  /** Empty the file — after the handle is verified, never through O_TRUNC. */
  readonly truncate?: boolean;
  /** Fail with `io` (EEXIST) when the file already exists. */
  readonly exclusive?: boolean;
  /** Create missing parent directories one by one, verifying each stays inside the workspace. */
  readonly createParents?: boolean;
  /** Permission bits of a created file (before umask). Default 0o666. */
  readonly mode?: number;
}

const CHANGED = 'changed-since-check';

function sameRealPath(path: string): boolean {
  try {
    return realpathSync.native(path) === path;
  } catch {
    return false;
  }
}

function createParents(resolved: ResolvedPath): Result<void, KernelError> {
  const missing: string[] = [];
  for (
    let directory = dirname(resolved.path);
    directory.startsWith(`${resolved.root}/`);
    directory = dirname(directory)
  ) {
    if (lstatSync(directory, { throwIfNoEntry: false }) !== undefined) break;
    missing.unshift(directory);
  }
  for (const directory of missing) {
    try {
      mkdirSync(directory); // never follows a symlink at `directory`: EEXIST instead
    } catch (error) {
      return err(ioError('mkdir', printable(resolved.requested), error));
    }
    if (!sameRealPath(directory)) {
      try {
        rmdirSync(directory); // best effort: undo what was just created
      } catch {
        // Reported below either way.
      }
      return err(
        pathDenied(printable(resolved.requested), CHANGED, 'a parent directory was replaced while creating it'),
      );
    }
  }
  return ok(undefined);
}

/**
 * Resolves a checked path again: `ok(exists)` when it still leads to the same real path,
 * `path-denied` (`changed-since-check`) when a symlink was swapped in since. Call it right before
 * an operation that cannot go through {@link openResolvedPath} (unlink, readdir, rename).
 */
export function recheckResolvedPath(resolved: ResolvedPath): Result<boolean, KernelError> {
  const again = resolveRealPath(resolved.path);
  return again.isOk() && again.value.path === resolved.path
    ? ok(again.value.exists)
    : err(
        pathDenied(
          printable(resolved.requested),
          CHANGED,
          'the path changed since it was checked (symlink swapped in?)',
        ),
      );
}

async function openVerified(
  resolved: ResolvedPath,
  options: OpenPathOptions,
): Promise<Result<FileHandle, KernelError>> {
  const requested = printable(resolved.requested);
  const write = options.write === true;
  if (write && resolved.operation !== 'write') {
    return err(invalidArgument('write', `"${requested}" was checked for ${resolved.operation}, not write`));
  }
  // Resolve again at open: the path must still be the same real path it was when checked.
  const again = recheckResolvedPath(resolved);
  if (again.isErr()) return err(again.error);
  if (write && options.createParents === true && !again.value) {
    const created = createParents(resolved);
    if (created.isErr()) return err(created.error);
  }
  const flags =
    constants.O_NOFOLLOW |
    constants.O_NONBLOCK |
    (write ? constants.O_WRONLY | constants.O_CREAT : constants.O_RDONLY) |
    (write && options.append === true ? constants.O_APPEND : 0) |
    (write && options.exclusive === true ? constants.O_EXCL : 0);
  let handle: FileHandle;
  try {
    handle = await open(resolved.path, flags, options.mode ?? 0o666);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ELOOP') return err(pathDenied(requested, 'symlink-at-target', 'the target became a symlink'));
    return err(ioError('open', requested, error));
  }
  let denied: { rule: string; reason: string } | undefined;
  try {
    denied = await verifyHandle(handle, resolved, write);
  } catch (error) {
    await handle.close();
    return err(ioError('open', requested, error));
  }
  if (denied !== undefined) {
    await handle.close();
    return err(pathDenied(requested, denied.rule, denied.reason));
  }
  if (write && options.truncate === true) {
    try {
      await handle.truncate(0);
    } catch (error) {
      await handle.close();
      return err(ioError('truncate', requested, error));
    }
  }
  return ok(handle);
}

// After open: the handle must be a regular file, and the inode now at the checked path.
async function verifyHandle(
  handle: FileHandle,
  resolved: ResolvedPath,
  write: boolean,
): Promise<{ rule: string; reason: string } | undefined> {
  const opened = await handle.stat({ bigint: true });
  if (!opened.isFile()) return { rule: 'not-a-regular-file', reason: 'not a regular file' };
  const current = sameRealPath(resolved.path)
    ? statSync(resolved.path, { bigint: true, throwIfNoEntry: false })
    : undefined;
  if (current?.ino !== opened.ino || current.dev !== opened.dev) {
    return { rule: CHANGED, reason: 'the file was swapped while opening it' };
  }
  // Writing through a hard link would change the linked file wherever it lives.
  if (write && opened.nlink > 1n) return { rule: 'hard-link', reason: 'the file has other hard links' };
  return undefined;
}

/**
 * Opens a checked path, closing the gap between check and use (TOCTOU): the path is resolved
 * again and must be unchanged; missing parents are created one at a time and verified; the open
 * uses O_NOFOLLOW (a symlink placed at the target fails) and O_NONBLOCK (a FIFO cannot hang it);
 * then the handle must be a regular file whose inode is the one at the checked path, and a file
 * opened for writing must not have other hard links. Truncation happens only after that.
 *
 * Residual risk: a process racing directory swaps inside the workspace between these steps can
 * make `open` create an empty file outside; it is detected and refused (nothing is written).
 * Node has no `openat2(RESOLVE_BENEATH)`; the container sandbox is the hard boundary for agents.
 */
export function openResolvedPath(
  resolved: ResolvedPath,
  options: OpenPathOptions = {},
): ResultAsync<FileHandle, KernelError> {
  const opening = openVerified(resolved, options).catch((error: unknown) =>
    err(ioError('open', printable(resolved.requested), error)),
  );
  return new ResultAsync(opening);
}
