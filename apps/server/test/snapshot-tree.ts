import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under `root` with its type, mode, size, mtime and a digest of its bytes (links by
 * target, never followed): two equal snapshots mean the tree is byte-identical.
 */
export function snapshotTree(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const key = `${prefix}${name}`;
      const stats = lstatSync(path);
      const head = `${stats.mode.toString(8)} ${stats.size} ${stats.mtimeMs}`;
      if (stats.isSymbolicLink()) entries[key] = `link ${head} -> ${readlinkSync(path)}`;
      else if (stats.isDirectory()) {
        entries[key] = `dir ${head}`;
        walk(path, `${key}/`);
      } else entries[key] = `file ${head} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(root, '');
  return entries;
}
