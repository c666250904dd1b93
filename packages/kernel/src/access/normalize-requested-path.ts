import { err, ok, type Result } from 'neverthrow';
import { pathDenied } from '../errors/constructors.js';
import type { PathDeniedError } from '../errors/kernel-error.js';
import { printable } from './printable.js';

/** Longest path accepted, in UTF-8 bytes (Linux PATH_MAX). */
export const MAX_PATH_BYTES = 4096;
/** Longest single name accepted, in UTF-8 bytes (NAME_MAX). */
export const MAX_NAME_BYTES = 255;
/** Most names a path may have; bounds glob matching time together with `MAX_WILDCARD_RUNS`. */
export const MAX_PATH_DEPTH = 128;

// Matching control characters is the point of these patterns.
/* eslint-disable no-control-regex */
// One scan finds every suspicious character; the slow classification below runs only on a hit.
const SUSPICIOUS =
  /[\u0000-\u001f\u007f-\u009f\\\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2024-\u2026\u2044\u2215\u2216\u2571\u2572\u29f5\u29f8\u29f9\ufe52\ufe68\uff0e\uff0f\uff3c]|%[0-9A-Fa-f]{2}/;
const CHARACTER_RULES: readonly (readonly [RegExp, string, string])[] = [
  [/[\u0000-\u001f\u007f-\u009f]/, 'control-character', 'contains a NUL or control character'],
  [/%[0-9A-Fa-f]{2}/, 'percent-encoded', 'contains a percent-encoded sequence (paths are never URL-decoded)'],
  [/\\/, 'backslash', 'contains a backslash (only "/" separates names)'],
  [
    /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/,
    'invisible-character',
    'contains an invisible or bidirectional-control character',
  ],
  [
    /[\u2024-\u2026\u2044\u2215\u2216\u2571\u2572\u29f5\u29f8\u29f9\ufe52\ufe68\uff0e\uff0f\uff3c]/,
    'unicode-look-alike',
    'contains a character that looks like "." or "/"',
  ],
];
const NON_ASCII = /[^\u0000-\u007f]/;
/* eslint-enable no-control-regex */

function deny(requested: string, rule: string, reason: string): Result<never, PathDeniedError> {
  return err(pathDenied(printable(requested), rule, reason));
}

function checkCharacters(requested: string, rest: string): Result<void, PathDeniedError> {
  if (SUSPICIOUS.test(rest)) {
    for (const [pattern, rule, reason] of CHARACTER_RULES) if (pattern.test(rest)) return deny(requested, rule, reason);
  }
  if (NON_ASCII.test(rest)) {
    // Compatibility forms (fullwidth "．．／", ligatures, …) are refused; NFC vs NFD spelling is fine.
    if (rest.normalize('NFKC') !== rest.normalize('NFC')) {
      return deny(requested, 'unicode-compatibility', 'contains compatibility characters (e.g. fullwidth forms)');
    }
    if (Buffer.byteLength(rest) > MAX_PATH_BYTES)
      return deny(requested, 'path-too-long', `longer than ${MAX_PATH_BYTES} bytes`);
  }
  return ok(undefined);
}

function stripRoot(requested: string, roots: readonly string[]): string | undefined {
  for (const root of roots) {
    if (requested === root) return '';
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (requested.startsWith(prefix)) return requested.slice(prefix.length);
  }
  return undefined;
}

/**
 * The lexical half of a path check: turns what a caller asked for into a `/`-separated path
 * relative to the workspace (empty for the root), or refuses it. Nothing is decoded or expanded;
 * every ambiguous spelling is denied instead: `..` anywhere, `%xx` escapes, backslashes, NUL and
 * control characters, invisible and look-alike Unicode, compatibility forms, a leading `~`, names
 * ending in `.` or a space, `//` prefixes, over-long or over-deep paths, and absolute paths outside
 * `roots` (the workspace root as given and as resolved). `.` segments and repeated `/` are dropped.
 */
export function normalizeRequestedPath(requested: string, roots: readonly string[]): Result<string, PathDeniedError> {
  if (requested.length === 0) return deny(requested, 'empty-path', 'the path is empty');
  if (requested.length > MAX_PATH_BYTES) return deny(requested, 'path-too-long', `longer than ${MAX_PATH_BYTES} bytes`);
  if (requested.startsWith('//'))
    return deny(requested, 'unc-path', 'starts with "//" (network or implementation-defined path)');
  let rest = requested;
  if (requested.startsWith('/')) {
    const inside = stripRoot(requested, roots);
    if (inside === undefined)
      return deny(requested, 'absolute-outside-workspace', 'absolute path outside the workspace');
    rest = inside;
  }
  const characters = checkCharacters(requested, rest);
  if (characters.isErr()) return err(characters.error);
  const names: string[] = [];
  for (const name of rest.split('/')) {
    if (name === '' || name === '.') continue;
    if (name === '..') return deny(requested, 'parent-traversal', 'contains ".."');
    if (names.length === 0 && name.startsWith('~'))
      return deny(requested, 'home-expansion', 'starts with "~" (never expanded)');
    const last = name.charCodeAt(name.length - 1);
    if (last === 0x2e || last === 0x20)
      return deny(requested, 'trailing-dot-or-space', `"${printable(name, 64)}" ends in "." or a space`);
    if (
      name.length > MAX_NAME_BYTES ||
      (name.length * 3 > MAX_NAME_BYTES && Buffer.byteLength(name) > MAX_NAME_BYTES)
    ) {
      return deny(requested, 'name-too-long', `a name is longer than ${MAX_NAME_BYTES} bytes`);
    }
    names.push(name);
  }
  if (names.length > MAX_PATH_DEPTH) return deny(requested, 'path-too-deep', `more than ${MAX_PATH_DEPTH} names`);
  return ok(names.join('/'));
}
