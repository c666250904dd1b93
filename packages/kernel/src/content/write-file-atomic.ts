import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { IoError } from '../errors/kernel-error.js';

/**
 * Writes `text` to `path` through a fresh temporary file in the same folder and a rename, so a
 * reader (or a crash) sees the old file or the new one, never a part. The temporary file is
 * created exclusively (never through an existing link); a symlink at `path` is replaced, not
 * followed.
 */
export function writeFileAtomic(path: string, text: string, mode = 0o600): Result<void, IoError> {
  const temporary = join(dirname(path), `.${basename(path)}.${crypto.randomUUID()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode });
    renameSync(temporary, path);
    return ok(undefined);
  } catch (cause) {
    rmSync(temporary, { force: true });
    return err(ioError('write', path, cause));
  }
}
