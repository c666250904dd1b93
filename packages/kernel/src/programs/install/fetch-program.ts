import { open } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { ioError, notFound, unsafeContent } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { ProgramSource } from '../types.js';
import { describeSource } from './check-source.js';
import { cloneGitRepository } from './clone-git-repository.js';
import { copyProgramTree } from './copy-program-tree.js';
import { downloadTarball } from './download-tarball.js';
import { extractTarball } from './extract-tarball.js';
import type { InstallLimits } from './install-limits.js';

/** Where and how to fetch. */
export interface FetchContext {
  /** A fresh, empty folder of this install under `programs/.staging`. */
  readonly staging: string;
  readonly limits: InstallLimits;
  readonly gitTimeoutMs: number;
  readonly downloadTimeoutMs: number;
  readonly signal?: AbortSignal;
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
  /** Folder of bundled programs (`assets/programs`). */
  readonly bundledDir?: string;
}

async function readArchive(path: string, limits: InstallLimits): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.size > limits.maxArchiveBytes) throw new RangeError('archive-too-large');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function readLocalArchive(path: string, limits: InstallLimits): ResultAsync<Uint8Array, KernelError> {
  return ResultAsync.fromPromise(readArchive(path, limits), (cause) => {
    if (cause instanceof RangeError) {
      return unsafeContent(path, '', 'archive-too-large', `larger than ${limits.maxArchiveBytes} bytes`);
    }
    return (cause as { code?: unknown }).code === 'ENOENT' ? notFound('tarball', path) : ioError('read', path, cause);
  });
}

/**
 * Fetches a (checked) source into `<staging>/program`: copies a folder, clones a repository and
 * copies its checkout (without `.git`, refusing symlinks), or unpacks a tarball read from disk
 * or downloaded. Returns the staged folder; nothing outside `staging` is written.
 */
export function fetchProgram(source: ProgramSource, context: FetchContext): ResultAsync<string, KernelError> {
  const target = join(context.staging, 'program');
  const label = describeSource(source);
  const { limits, signal } = context;
  const unpack = (archive: Uint8Array) =>
    ResultAsync.fromPromise(mkdir(target, { mode: 0o755 }), (cause) => ioError('mkdir', target, cause)).andThen(() => {
      const extracted = extractTarball(label, archive, target, limits);
      return extracted.isErr() ? errAsync(extracted.error) : okAsync(target);
    });
  switch (source.kind) {
    case 'directory':
      return copyProgramTree(source.path, target, label, limits, signal).map(() => target);
    case 'bundled':
      return context.bundledDir === undefined
        ? errAsync(notFound('bundled program', source.name))
        : copyProgramTree(join(context.bundledDir, source.name), target, label, limits, signal).map(() => target);
    case 'git': {
      const checkout = join(context.staging, 'checkout');
      return cloneGitRepository({
        url: source.url,
        ...(source.ref === undefined ? {} : { ref: source.ref }),
        target: checkout,
        cwd: context.staging,
        timeoutMs: context.gitTimeoutMs,
        ...(signal === undefined ? {} : { signal }),
        ...(context.hostEnv === undefined ? {} : { hostEnv: context.hostEnv }),
      }).andThen(() => copyProgramTree(checkout, target, label, limits, signal).map(() => target));
    }
    case 'tarball':
      return readLocalArchive(source.path, limits).andThen(unpack);
    case 'upload':
      return source.bytes.byteLength > limits.maxArchiveBytes
        ? errAsync(unsafeContent(label, '', 'archive-too-large', `larger than ${limits.maxArchiveBytes} bytes`))
        : unpack(source.bytes);
    case 'tarball-url':
      return downloadTarball({
        url: source.url,
        maxBytes: limits.maxArchiveBytes,
        timeoutMs: context.downloadTimeoutMs,
        ...(signal === undefined ? {} : { signal }),
      }).andThen(unpack);
  }
}
