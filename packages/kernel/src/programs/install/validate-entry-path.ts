import { err, ok, type Result } from 'neverthrow';
import { unsafeContent } from '../../errors/constructors.js';
import type { UnsafeContentError } from '../../errors/kernel-error.js';

/**
 * Checks a path written inside an archive or a program folder and returns its segments (empty
 * for the root itself). Refused, before anything is written: absolute paths and drive letters
 * (`absolute-path`), any `..` segment (`parent-traversal`), backslashes, NUL and control bytes
 * (`invalid-name`), segments longer than 255 bytes and nesting deeper than 64 (`too-deep`).
 */
export function validateEntryPath(source: string, entry: string): Result<string[], UnsafeContentError> {
  if (entry.startsWith('/') || /^[A-Za-z]:/.test(entry)) {
    return err(unsafeContent(source, entry, 'absolute-path', 'absolute paths are not allowed'));
  }
  if (/[\\\p{Cc}]/u.test(entry)) {
    return err(unsafeContent(source, entry, 'invalid-name', 'backslashes and control characters are not allowed'));
  }
  const segments = entry.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    return err(unsafeContent(source, entry, 'parent-traversal', '".." is not allowed'));
  }
  if (segments.length > 64 || segments.some((segment) => Buffer.byteLength(segment) > 255)) {
    return err(unsafeContent(source, entry, 'too-deep', 'nested too deep or a name is too long'));
  }
  return ok(segments);
}
