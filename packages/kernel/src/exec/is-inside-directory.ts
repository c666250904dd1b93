import { isAbsolute, relative, sep } from 'node:path';

/** True when `path` is `root` or below it (both absolute and already normalised). */
export function isInsideDirectory(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
