import { err, ok, type Result } from 'neverthrow';
import picomatch from 'picomatch/posix.js';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** A compiled list of globs. */
export interface GlobSet {
  readonly patterns: readonly string[];
  /** The first pattern that matches `path`, or `undefined`. */
  match(path: string): string | undefined;
}

/** Options for {@link compileGlobs}. */
export interface CompileGlobsOptions {
  /** Match case-insensitively. Deny lists use this: `.SSH` is `.ssh` on a case-insensitive disk. */
  readonly nocase?: boolean;
}

const MAX_PATTERN_LENGTH = 1024;
/**
 * Most runs of `*` (each `*` or `**`) one glob may hold. Regex backtracking grows with the power
 * of this count; with paths capped at 128 names of 255 bytes, three keeps a worst-case match near
 * a few milliseconds (four took 0.5 s, five globstars 17 s in measurements).
 */
export const MAX_WILDCARD_RUNS = 3;
const MAX_CACHED = 4096;
// A memo of compiled patterns (pure function of pattern + flags), bounded so untrusted input cannot grow it.
const compiled = new Map<string, RegExp>();

function toRegExp(pattern: string, nocase: boolean): RegExp {
  const key = `${nocase ? 'i' : 's'}:${pattern}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    // `dot: true`: `**` also matches `.git/…`, so a deny glob cannot be dodged by a dotted name.
    // No extglobs (`+(a|b)` is literal): they compile to the most backtracking-prone regexes.
    regex = picomatch.makeRe(pattern, { dot: true, nocase, nonegate: true, noextglob: true });
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, regex);
  }
  return regex;
}

/**
 * Compiles globs (picomatch, `dot: true`, POSIX separators) once; matching is then a regex test.
 * A set of several patterns is also joined into one regex so a miss costs a single test.
 * Patterns must have passed {@link validateGlob}.
 */
export function compileGlobs(patterns: readonly string[], options: CompileGlobsOptions = {}): GlobSet {
  const nocase = options.nocase === true;
  const regexes = patterns.map((pattern) => toRegExp(pattern, nocase));
  const first = regexes[0];
  if (first === undefined) return { patterns, match: () => undefined };
  if (regexes.length === 1) return { patterns, match: (path) => (first.test(path) ? patterns[0] : undefined) };
  const any = new RegExp(regexes.map((regex) => `(?:${regex.source})`).join('|'), nocase ? 'i' : '');
  return {
    patterns,
    match(path) {
      if (!any.test(path)) return undefined;
      const index = regexes.findIndex((regex) => regex.test(path));
      return index === -1 ? undefined : patterns[index];
    },
  };
}

/**
 * Checks a policy glob: 1–1024 characters, no NUL, no leading `!` (use a deny list), at most
 * {@link MAX_WILDCARD_RUNS} runs of `*`, compilable.
 */
export function validateGlob(pattern: string, field = 'pattern'): Result<string, KernelError> {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) {
    return err(invalidArgument(field, `expected a glob of 1–${MAX_PATTERN_LENGTH} characters`));
  }
  if (pattern.includes('\0')) return err(invalidArgument(field, 'a glob may not contain NUL'));
  if (pattern.startsWith('!'))
    return err(invalidArgument(field, `"${pattern}": negation is not supported; use a deny list`));
  if ((pattern.match(/\*+/g)?.length ?? 0) > MAX_WILDCARD_RUNS) {
    return err(invalidArgument(field, `"${pattern}" has more than ${MAX_WILDCARD_RUNS} runs of "*"`));
  }
  try {
    toRegExp(pattern, false);
    return ok(pattern);
  } catch (error) {
    return err(invalidArgument(field, `"${pattern}" is not a valid glob: ${String(error)}`));
  }
}
