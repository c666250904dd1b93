import { realpath } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { ioError, notFound, pathDenied } from '../errors/constructors.js';
import type { IoError, NotFoundError, PathDeniedError } from '../errors/kernel-error.js';
import { isInsideDirectory } from './is-inside-directory.js';

/** Errors of the workspace confinement checks. */
export type ConfinementError = PathDeniedError | NotFoundError | IoError;

function systemCode(cause: unknown): unknown {
  return (cause as { code?: unknown } | null)?.code;
}

/** The real path of the workspace root (it must exist). */
export function resolveWorkspaceRoot(root: string): ResultAsync<string, ConfinementError> {
  return ResultAsync.fromPromise(realpath(root), (cause) =>
    systemCode(cause) === 'ENOENT' ? notFound('workspace', root) : ioError('resolve', root, cause),
  );
}

/**
 * Resolves a path that may not exist yet: realpath of its deepest existing ancestor plus the
 * remaining plain names. `..` after a missing component cannot be resolved safely, so it fails.
 */
async function realpathOrAncestor(raw: string): Promise<string | undefined> {
  const segments = raw.split(sep);
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = segments.slice(0, length).join(sep) || sep;
    try {
      const real = await realpath(prefix);
      const rest = segments.slice(length).filter((segment) => segment !== '' && segment !== '.');
      return rest.includes('..') ? undefined : join(real, ...rest);
    } catch (cause) {
      if (systemCode(cause) !== 'ENOENT') return undefined;
    }
  }
  return undefined;
}

/**
 * Resolves `path` (relative to `base`) the way the kernel will — following every symlink, `..`
 * taken physically — and requires the result inside `root` (a real path). The refusal's rule is
 * `symlink-escape` when the path only leaves the workspace through a symlink, else
 * `outside-workspace`. With `mustExist: false` a missing tail is allowed (an output file).
 */
export function resolveInsideWorkspace(
  path: string,
  base: string,
  root: string,
  options: { readonly mustExist: boolean },
): ResultAsync<string, ConfinementError> {
  // Not path.resolve: it would drop `link/..` lexically where the kernel follows the link.
  const raw = isAbsolute(path) ? path : `${base}${sep}${path}`;
  const lexical = resolve(base, path);
  const resolved: ResultAsync<string, ConfinementError> = options.mustExist
    ? ResultAsync.fromPromise(realpath(raw), (cause) =>
        systemCode(cause) === 'ENOENT' ? notFound('path', path) : ioError('resolve', path, cause),
      )
    : ResultAsync.fromSafePromise(realpathOrAncestor(raw)).andThen((real) =>
        real === undefined ? errAsync(pathDenied(path, 'unresolvable', 'cannot be resolved')) : okAsync(real),
      );
  return resolved.andThen((real) => {
    if (isInsideDirectory(real, root)) return okAsync(real);
    const rule = isInsideDirectory(lexical, root) ? 'symlink-escape' : 'outside-workspace';
    const reason = rule === 'symlink-escape' ? `a symlink leads to ${real}, outside ${root}` : `outside ${root}`;
    return errAsync(pathDenied(path, rule, reason));
  });
}
