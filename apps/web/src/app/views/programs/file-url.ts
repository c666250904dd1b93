/** A `file://` URL for an absolute POSIX path, each segment percent-encoded; undefined for a relative path. */
export function fileUrlOf(path: string): string | undefined {
  const trimmed = path.trim();
  if (!trimmed.startsWith('/')) return undefined;
  const segments = trimmed.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return undefined;
  return `file:///${segments.map(encodeURIComponent).join('/')}`;
}
