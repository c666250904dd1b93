import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError, pathDenied } from '../errors/constructors.js';
import type { IoError, PathDeniedError } from '../errors/kernel-error.js';
import { isInsideDirectory } from '../exec/is-inside-directory.js';

function systemCode(cause: unknown): unknown {
  return (cause as { code?: unknown } | null)?.code;
}

/**
 * Resolves `segments` (names already validated by their {@link NameRule}) under `root` and proves
 * the result is exactly `<realpath(root)>/<segments…>`: every existing component is resolved
 * with `realpath`, and any symlink on the way is refused — `symlink-escape` when it leads out of
 * the root, `symlink` when it stays inside (a link inside a kernel-owned folder can only have
 * been planted). A missing tail is allowed; the root itself must exist.
 */
export function resolveUnderRoot(root: string, segments: readonly string[]): Result<string, PathDeniedError | IoError> {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (cause) {
    return err(ioError('resolve', root, cause));
  }
  const lexical = join(realRoot, ...segments);
  if (!isInsideDirectory(lexical, realRoot) || lexical === realRoot) {
    return err(pathDenied(join(root, ...segments), 'outside-root', `outside ${root}`));
  }
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = join(realRoot, ...segments.slice(0, length));
    let real: string;
    try {
      real = realpathSync(prefix);
    } catch (cause) {
      if (systemCode(cause) === 'ENOENT') continue;
      return err(ioError('resolve', prefix, cause));
    }
    if (real === prefix) return ok(lexical);
    return isInsideDirectory(real, realRoot)
      ? err(pathDenied(lexical, 'symlink', `a symlink inside ${root} leads to ${real}`))
      : err(pathDenied(lexical, 'symlink-escape', `a symlink leads to ${real}, outside ${root}`));
  }
  return ok(lexical);
}
