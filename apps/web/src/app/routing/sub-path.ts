/** The one segment after `base` in `pathname` (`/programs/git` → `git`), decoded; undefined on the base itself. */
export function subPathOf(base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const rest = pathname.slice(base.length + 1).replace(/\/+$/, '');
  if (rest === '' || rest.includes('/')) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

/** The address of one item under `base`. */
export function itemPath(base: string, name: string): string {
  return `${base}/${encodeURIComponent(name)}`;
}
