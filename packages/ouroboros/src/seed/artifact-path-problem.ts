const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_BYTES = 255;

/**
 * Why `path` is not an exact, portable, workspace-relative artifact path, or null when it is.
 * Refused: empty, absolute, drive letters, backslashes, NUL, `.`/`..`/empty components,
 * Windows-reserved names, and more than 255 UTF-8 bytes per component or in total.
 */
export function artifactPathProblem(path: string): string | null {
  if (path === '') return 'must not be empty';
  if (path.includes('\0')) return 'must not contain NUL';
  if (path.includes('\\')) return 'must use / as separator, not \\';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'must be relative to the workspace';
  if (Buffer.byteLength(path, 'utf8') > MAX_BYTES) return `must be at most ${MAX_BYTES} bytes`;
  for (const component of path.split('/')) {
    if (component === '' || component === '.') return 'must not contain empty or "." components';
    if (component === '..') return 'must not contain ".."';
    if (WINDOWS_RESERVED.test(component)) return `"${component}" is a reserved name on Windows`;
  }
  return null;
}
