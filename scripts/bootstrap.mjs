#!/usr/bin/env node
// Oxios bootstrap: makes a fresh clone runnable with nothing but Node.js (any version ≥ 18) and npm.
//
//   node scripts/bootstrap.mjs setup        provision Node ≥ 22.19 and pnpm, install, build
//   node scripts/bootstrap.mjs start [...]  setup, then run the server (arguments go to it)
//   node scripts/bootstrap.mjs test         install, then every check (typecheck, lint, tests, build, publint)
//   node scripts/bootstrap.mjs exec cmd...  run a command with the provisioned toolchain on PATH
//
// Plain Node with no dependencies, written for old runtimes on purpose: it runs before any
// dependency is installed and possibly on an end-of-life Node.js.
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFingerprint, installFingerprint, readStamp, writeStamp } from './bootstrap/fingerprint.mjs';
import { BootstrapError, info, runMain } from './bootstrap/log.mjs';
import { runChild } from './bootstrap/run-child.mjs';
import { resolveNode, resolvePnpm } from './bootstrap/toolchain.mjs';

const scriptPath = fileURLToPath(import.meta.url);
const root = dirname(dirname(scriptPath));
const toolsDir = process.env.OXIOS_TOOLS_DIR || join(root, '.tools');
// Per checkout (worktrees may share `.tools/`), and gone with node_modules so a wipe re-installs.
const stateDir = join(root, 'node_modules', '.cache', 'oxios-bootstrap');
const COMMANDS = new Set(['setup', 'start', 'test', 'exec']);

function toolchainEnv(nodePath, pnpmBinDir) {
  const path = [pnpmBinDir, dirname(nodePath), process.env.PATH].filter(Boolean).join(delimiter);
  return {
    ...process.env,
    PATH: path,
    OXIOS_BOOTSTRAP_NODE: nodePath,
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    DO_NOT_TRACK: '1',
  };
}

async function step(label, file, args, env) {
  const code = await runChild(file, args, { cwd: root, env });
  if (code !== 0) throw new BootstrapError(`${label} failed (exit code ${code})`);
}

async function ensureInstalled(pnpm, node, env) {
  const fingerprint = installFingerprint(root, { nodeVersion: node.version, pnpmVersion: pnpm.version });
  if (readStamp(stateDir, 'install') === fingerprint && existsSync(join(root, 'node_modules', '.modules.yaml'))) return;
  if (!existsSync(join(root, 'pnpm-lock.yaml')))
    throw new BootstrapError('pnpm-lock.yaml is missing; run `pnpm install` once to create it');
  info('installing dependencies (pnpm install --frozen-lockfile)');
  await step('pnpm install', node.path, [pnpm.entry, 'install', '--frozen-lockfile'], env);
  writeStamp(stateDir, 'install', fingerprint);
}

async function ensureBuilt(pnpm, node, env) {
  const fingerprint = buildFingerprint(root, { nodeVersion: node.version });
  if (readStamp(stateDir, 'build') === fingerprint) return;
  info('building (turbo run build)');
  await step('build', node.path, [pnpm.entry, 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], env);
  writeStamp(stateDir, 'build', fingerprint);
}

async function main() {
  const [command = 'setup', ...rest] = process.argv.slice(2);
  if (!COMMANDS.has(command))
    throw new BootstrapError(`unknown command "${command}" (expected setup, start, test or exec)`);

  const node = resolveNode({ root, toolsDir });
  if (node.path !== process.execPath) {
    // Re-run this script under the provisioned Node.js so everything after this line uses it.
    return runChild(node.path, [scriptPath, command, ...rest], { env: toolchainEnv(node.path, '') });
  }
  const pnpm = resolvePnpm({ root, toolsDir, nodePath: node.path });
  const env = toolchainEnv(node.path, pnpm.binDir);

  if (command === 'exec') {
    if (rest.length === 0) throw new BootstrapError('exec needs a command, e.g. `exec pnpm install`');
    return runChild(rest[0], rest.slice(1), { cwd: root, env });
  }
  await ensureInstalled(pnpm, node, env);
  if (command === 'test') {
    const code = await runChild(node.path, [pnpm.entry, 'run', 'check'], { cwd: root, env });
    if (code === 0) writeStamp(stateDir, 'build', buildFingerprint(root, { nodeVersion: node.version }));
    return code;
  }
  await ensureBuilt(pnpm, node, env);
  if (command === 'start') {
    const args = rest[0] === '--' ? rest.slice(1) : rest;
    return runChild(node.path, [join(root, 'apps', 'server', 'dist', 'main.js'), ...args], { cwd: root, env });
  }
  return 0;
}

await runMain(main);
