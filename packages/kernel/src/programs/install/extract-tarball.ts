import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { err, ok, type Result } from 'neverthrow';
import { ioError, unsafeContent } from '../../errors/constructors.js';
import type { IoError, UnsafeContentError } from '../../errors/kernel-error.js';
import type { InstallLimits } from './install-limits.js';
import { readTar } from './read-tar.js';

function decompress(
  source: string,
  archive: Uint8Array,
  limits: InstallLimits,
): Result<Uint8Array, UnsafeContentError> {
  if (archive[0] !== 0x1f || archive[1] !== 0x8b) return ok(archive);
  // Headers and padding need at most two blocks per entry on top of the data.
  const maxOutputLength = limits.maxTotalBytes + (limits.maxEntries + 2) * 1024 * 2;
  try {
    return ok(gunzipSync(archive, { maxOutputLength }));
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    return code === 'ERR_BUFFER_TOO_LARGE'
      ? err(unsafeContent(source, '', 'total-too-large', `unpacks to more than ${maxOutputLength} bytes`))
      : err(unsafeContent(source, '', 'corrupt', 'not a valid gzip stream'));
  }
}

/**
 * Unpacks a `.tar` or `.tar.gz` held in memory into `target` (an empty staging folder). Every
 * entry is checked first ({@link readTar}), decompression is capped, and only then are folders
 * and regular files created — exclusively, so nothing is written through an existing path.
 */
export function extractTarball(
  source: string,
  archive: Uint8Array,
  target: string,
  limits: InstallLimits,
): Result<void, UnsafeContentError | IoError> {
  if (archive.length > limits.maxArchiveBytes) {
    return err(unsafeContent(source, '', 'archive-too-large', `larger than ${limits.maxArchiveBytes} bytes`));
  }
  const checked = decompress(source, archive, limits).andThen((tar) => readTar(source, tar, limits));
  if (checked.isErr()) return err(checked.error);
  for (const entry of checked.value) {
    const path = join(target, ...entry.segments);
    try {
      if (entry.type === 'directory') {
        mkdirSync(path, { recursive: true, mode: 0o755 });
      } else {
        mkdirSync(join(target, ...entry.segments.slice(0, -1)), { recursive: true, mode: 0o755 });
        writeFileSync(path, entry.data, { flag: 'wx', mode: entry.executable ? 0o755 : 0o644 });
      }
    } catch (cause) {
      return err(ioError('write', path, cause));
    }
  }
  return ok(undefined);
}
