import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ResultAsync } from 'neverthrow';
import { abortedError, ioError, unsafeContent } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { InstallLimits } from './install-limits.js';

class Refused extends Error {
  constructor(readonly error: KernelError) {
    super(error.message);
  }
}

interface Walk {
  readonly source: string;
  readonly limits: InstallLimits;
  readonly signal: AbortSignal | undefined;
  bytes: number;
  entries: number;
}

function count(walk: Walk, entry: string, size: number): void {
  walk.entries += 1;
  walk.bytes += size;
  const { limits, source } = walk;
  if (size > limits.maxFileBytes) {
    throw new Refused(unsafeContent(source, entry, 'file-too-large', `larger than ${limits.maxFileBytes} bytes`));
  }
  if (walk.bytes > limits.maxTotalBytes) {
    throw new Refused(unsafeContent(source, '', 'total-too-large', `more than ${limits.maxTotalBytes} bytes in total`));
  }
  if (walk.entries > limits.maxEntries) {
    throw new Refused(unsafeContent(source, '', 'too-many-entries', `more than ${limits.maxEntries} entries`));
  }
}

async function copyFile(walk: Walk, from: string, to: string, entry: string): Promise<void> {
  // O_NOFOLLOW: a file swapped for a symlink after the lstat is refused, not followed.
  const handle = await open(from, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Refused(unsafeContent(walk.source, entry, 'special-file', 'not a regular file'));
    count(walk, entry, info.size);
    const data = await handle.readFile();
    await writeFile(to, data, { flag: 'wx', mode: (info.mode & 0o111) !== 0 ? 0o755 : 0o644 });
  } finally {
    await handle.close();
  }
}

async function copyDirectory(walk: Walk, from: string, to: string, prefix: string): Promise<void> {
  await mkdir(to, { mode: 0o755 });
  for (const name of (await readdir(from)).sort()) {
    if (walk.signal?.aborted === true) throw new Refused(abortedError('program install'));
    // A clone's history is not part of the program.
    if (prefix === '' && name === '.git') continue;
    const entry = prefix === '' ? name : `${prefix}/${name}`;
    const path = join(from, name);
    const info = await lstat(path);
    if (info.isSymbolicLink()) {
      throw new Refused(unsafeContent(walk.source, entry, 'link', 'symbolic links are not allowed in a program'));
    }
    if (info.isDirectory()) {
      count(walk, entry, 0);
      await copyDirectory(walk, path, join(to, name), entry);
    } else if (info.isFile()) {
      await copyFile(walk, path, join(to, name), entry);
    } else {
      throw new Refused(unsafeContent(walk.source, entry, 'special-file', 'only files and folders are allowed'));
    }
  }
}

/**
 * Copies a program folder into `target` (which must not exist), refusing — before the copy is
 * used — symlinks anywhere in the tree (`link`), devices, sockets and FIFOs (`special-file`),
 * and anything past the caps. A top-level `.git` is skipped. `label` names the source in errors.
 */
export function copyProgramTree(
  sourceDir: string,
  target: string,
  label: string,
  limits: InstallLimits,
  signal?: AbortSignal,
): ResultAsync<void, KernelError> {
  const walk: Walk = { source: label, limits, signal, bytes: 0, entries: 0 };
  return ResultAsync.fromPromise(copyDirectory(walk, sourceDir, target, ''), (cause) =>
    cause instanceof Refused ? cause.error : ioError('copy', sourceDir, cause),
  );
}
