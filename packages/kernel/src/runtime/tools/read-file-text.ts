import type { FileHandle } from 'node:fs/promises';
import { ResultAsync } from 'neverthrow';
import type { ResolvedPath } from '../../access/types.js';
import { ioError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { ToolContext } from './types.js';

/** A file's text, or a note that it is binary. */
export interface FileText {
  readonly text: string;
  readonly bytes: number;
  readonly binary: boolean;
  /** True when only the first `maxBytes` were read. */
  readonly partial: boolean;
}

async function readHandle(handle: FileHandle, maxBytes: number): Promise<FileText> {
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    let offset = 0;
    while (offset < length) {
      const { bytesRead } = await handle.read(buffer, offset, length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    const data = buffer.subarray(0, offset);
    const binary = data.subarray(0, 8_192).includes(0);
    return { text: binary ? '' : data.toString('utf8'), bytes: size, binary, partial: size > offset };
  } finally {
    await handle.close();
  }
}

/** Opens a checked path through the access manager (re-verified, no symlink at the target) and reads its text. */
export function readFileText(
  context: ToolContext,
  resolved: ResolvedPath,
  maxBytes: number,
): ResultAsync<FileText, KernelError> {
  return context.access
    .openPath(resolved, { context: context.audit })
    .andThen((handle) =>
      ResultAsync.fromPromise(readHandle(handle, maxBytes), (cause) => ioError('read', resolved.requested, cause)),
    );
}
