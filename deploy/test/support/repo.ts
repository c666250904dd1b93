import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is deploy/test/support/repo.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of a file given relative to the repository root. */
export function repoPath(relative: string): string {
  return join(repoRoot, relative);
}

/** Reads a repository file as UTF-8. */
export function readRepoFile(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}

/** `pnpm@x.y.z` from the root package.json `packageManager`, as `x.y.z`. */
export function pinnedPnpmVersion(): string {
  const manifest = JSON.parse(readRepoFile('package.json')) as { packageManager?: string };
  const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(manifest.packageManager ?? '');
  if (!match?.[1]) throw new Error('package.json packageManager must pin pnpm as pnpm@x.y.z');
  return match[1];
}

/** The Node.js version in .node-version. */
export function pinnedNodeVersion(): string {
  return readRepoFile('.node-version').trim();
}
