// Content fingerprints that let the bootstrap skip `pnpm install` and the build when nothing
// they depend on has changed since the last successful run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.turbo', 'coverage', '.artifacts', '.git']);
export const WORKSPACE_ROOTS = ['packages', 'apps', 'bench'];

/** Lists workspace package folders (those with a package.json) in a stable order. */
export function workspacePackages(root) {
  const folders = [];
  for (const group of WORKSPACE_ROOTS) {
    const groupPath = join(root, group);
    if (!existsSync(groupPath)) continue;
    if (existsSync(join(groupPath, 'package.json'))) folders.push(groupPath);
    for (const entry of readdirSync(groupPath, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(groupPath, entry.name, 'package.json'))) {
        folders.push(join(groupPath, entry.name));
      }
    }
  }
  return folders.sort();
}

function listFiles(directory, into) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) listFiles(path, into);
    else if (entry.isFile()) into.push(path);
  }
  return into;
}

function hashFiles(root, files, extra) {
  const hash = createHash('sha256');
  hash.update(extra.join('\0'));
  for (const file of files.sort()) {
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : 'absent');
  }
  return hash.digest('hex');
}

/** Fingerprint of everything `pnpm install` reads. */
export function installFingerprint(root, { nodeVersion, pnpmVersion }) {
  const files = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'].map((name) => join(root, name));
  for (const folder of workspacePackages(root)) files.push(join(folder, 'package.json'));
  return hashFiles(root, files, [nodeVersion, pnpmVersion]);
}

/** Fingerprint of every source file a build reads. */
export function buildFingerprint(root, { nodeVersion }) {
  const files = ['pnpm-lock.yaml', 'tsconfig.base.json', 'turbo.json'].map((name) => join(root, name));
  for (const folder of workspacePackages(root)) listFiles(folder, files);
  return hashFiles(root, files, [nodeVersion]);
}

export function readStamp(stateDir, name) {
  const path = join(stateDir, `${name}.sha256`);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

export function writeStamp(stateDir, name, value) {
  const path = join(stateDir, `${name}.sha256`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${value}\n`);
}
