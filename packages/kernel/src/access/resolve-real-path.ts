import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';

/** Where a path really leads. */
export interface RealPath {
  /** Absolute, normalised, with every existing component's symlinks resolved. */
  readonly path: string;
  /** Whether the whole path exists (otherwise the tail names do not exist yet). */
  readonly exists: boolean;
}

/** Why a path could not be resolved: a `path-denied` rule and a reason. */
export interface ResolveFailure {
  readonly rule: 'symlink-loop' | 'not-a-directory' | 'unresolvable';
  readonly reason: string;
}

/** Symlinks followed before giving up, as the kernel does (Linux MAXSYMLINKS). */
const MAX_SYMLINKS = 40;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

function denied(error: unknown): Result<never, ResolveFailure> {
  const code = errorCode(error);
  if (code === 'ELOOP') return err({ rule: 'symlink-loop', reason: 'too many levels of symbolic links' });
  if (code === 'ENOTDIR') return err({ rule: 'not-a-directory', reason: 'a parent is not a directory' });
  return err({
    rule: 'unresolvable',
    reason: `cannot resolve (${error instanceof Error && code === 'unknown' ? error.message : code})`,
  });
}

type Step =
  | { readonly kind: 'real'; readonly path: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'link'; readonly target: string }
  | { readonly kind: 'failed'; readonly error: unknown };

// What is at `current`: a real path, nothing, a dangling symlink (with its absolute target), or an error.
function inspect(current: string): Step {
  try {
    return { kind: 'real', path: realpathSync.native(current) };
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { kind: 'failed', error };
  }
  try {
    const stats = lstatSync(current, { throwIfNoEntry: false });
    if (stats === undefined) return { kind: 'missing' };
    if (!stats.isSymbolicLink()) return { kind: 'failed', error: new Error('changed while resolving') };
    const target = readlinkSync(current);
    // Its directory exists, since the link does.
    return { kind: 'link', target: isAbsolute(target) ? target : `${realpathSync.native(dirname(current))}/${target}` };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/**
 * Resolves `absolute` the way the kernel would when opening it: the real path of the nearest
 * existing ancestor (`realpath(3)`) plus the names that do not exist yet. A dangling symlink on
 * the way is followed to where it points — so a link to a not-yet-existing file outside resolves
 * outside instead of looking like a new file inside. `.` or `..` after a missing directory (only
 * possible inside a symlink target) is refused, as the kernel would fail it too. Failures are
 * reported with the `path-denied` rule to use (fail closed); this function never throws.
 */
export function resolveRealPath(absolute: string): Result<RealPath, ResolveFailure> {
  let pending = absolute;
  for (let followed = 0; followed <= MAX_SYMLINKS; followed += 1) {
    const names = pending.split('/').filter((name) => name !== '');
    let next: string | undefined;
    for (let kept = names.length; kept >= 0 && next === undefined; kept -= 1) {
      const missing = names.slice(kept);
      const step = inspect(`/${names.slice(0, kept).join('/')}`);
      if (step.kind === 'failed') return denied(step.error);
      if (step.kind === 'link') next = [step.target, ...missing].join('/');
      if (step.kind !== 'real') continue;
      if (missing.some((name) => name === '.' || name === '..')) {
        return denied(new Error('"." or ".." after a missing directory'));
      }
      return ok({ path: missing.length === 0 ? step.path : join(step.path, ...missing), exists: missing.length === 0 });
    }
    if (next === undefined) return denied(new Error('no existing ancestor'));
    pending = next;
  }
  return err({ rule: 'symlink-loop', reason: 'too many levels of symbolic links' });
}
