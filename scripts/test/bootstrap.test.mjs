// Tests of the dependency-free bootstrap, run with `node --test scripts/test/`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildFingerprint, installFingerprint, workspacePackages } from '../bootstrap/fingerprint.mjs';
import { BootstrapError } from '../bootstrap/log.mjs';
import { MINIMUM_NODE, resolveNode } from '../bootstrap/toolchain.mjs';
import { isAtLeast } from '../bootstrap/version.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const bootstrap = join(root, 'scripts', 'bootstrap.mjs');

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'oxios-bootstrap-test-'));
}

describe('isAtLeast', () => {
  it('compares major, minor and patch numerically', () => {
    assert.equal(isAtLeast('v20.20.2', '22.19.0'), false);
    assert.equal(isAtLeast('v22.18.9', '22.19.0'), false);
    assert.equal(isAtLeast('v22.19.0', '22.19.0'), true);
    assert.equal(isAtLeast('v22.100.0', '22.19.0'), true);
    assert.equal(isAtLeast('v24.0.0', '22.19.0'), true);
  });
});

describe('resolveNode', () => {
  it('uses the running Node.js when it is new enough', () => {
    const node = resolveNode({ root, toolsDir: tempDir(), currentVersion: 'v24.1.0' });
    assert.equal(node.path, process.execPath);
    assert.equal(node.provisioned, false);
  });

  it('fails in one line naming the platform when no Node.js package exists for it', () => {
    const toolsDir = tempDir();
    assert.throws(
      () => resolveNode({ root, toolsDir, currentVersion: 'v20.0.0', platform: 'sunos-x64' }),
      (error) =>
        error instanceof BootstrapError &&
        error.message.includes('sunos-x64') &&
        error.message.includes(MINIMUM_NODE) &&
        !error.message.includes('\n'),
    );
    rmSync(toolsDir, { recursive: true, force: true });
  });
});

describe('bootstrap.mjs', () => {
  it('exits 1 with a one-line error when the registry is unreachable', () => {
    const toolsDir = tempDir();
    const result = spawnSync(process.execPath, [bootstrap, 'setup'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        OXIOS_TOOLS_DIR: toolsDir,
        OXIOS_BOOTSTRAP_FORCE_NODE: '1',
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_cache: join(toolsDir, 'npm-cache'),
        npm_config_offline: 'false',
      },
    });
    rmSync(toolsDir, { recursive: true, force: true });
    assert.equal(result.status, 1);
    const errors = result.stderr.split('\n').filter((line) => line.includes('error:'));
    assert.equal(errors.length, 1, result.stderr);
    assert.match(
      errors[0],
      /^oxios-bootstrap: error: cannot download node-[a-z]+-[a-z0-9]+@\d+\.\d+\.\d+ from http:\/\/127\.0\.0\.1:9\//,
    );
  });

  it('rejects an unknown command', () => {
    const result = spawnSync(process.execPath, [bootstrap, 'deploy'], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unknown command "deploy"/);
  });
});

describe('fingerprints', () => {
  function fixture() {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
    writeFileSync(join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9\n');
    mkdirSync(join(dir, 'packages', 'a', 'src'), { recursive: true });
    writeFileSync(join(dir, 'packages', 'a', 'package.json'), '{"name":"a"}');
    writeFileSync(join(dir, 'packages', 'a', 'src', 'index.ts'), 'export const a = 1;\n');
    mkdirSync(join(dir, 'packages', 'a', 'dist'));
    return dir;
  }
  const versions = { nodeVersion: '24.21.0', pnpmVersion: '11.28.10' };

  it('finds workspace packages', () => {
    const dir = fixture();
    assert.deepEqual(workspacePackages(dir), [join(dir, 'packages', 'a')]);
  });

  it('are stable when nothing changes and ignore build output', () => {
    const dir = fixture();
    const install = installFingerprint(dir, versions);
    const build = buildFingerprint(dir, versions);
    writeFileSync(join(dir, 'packages', 'a', 'dist', 'index.js'), 'built');
    assert.equal(installFingerprint(dir, versions), install);
    assert.equal(buildFingerprint(dir, versions), build);
  });

  it('change when the lockfile, a manifest, a source file or the Node.js version changes', () => {
    const dir = fixture();
    const install = installFingerprint(dir, versions);
    const build = buildFingerprint(dir, versions);
    writeFileSync(join(dir, 'packages', 'a', 'src', 'index.ts'), 'export const a = 2;\n');
    assert.notEqual(buildFingerprint(dir, versions), build);
    assert.equal(installFingerprint(dir, versions), install);
    writeFileSync(join(dir, 'packages', 'a', 'package.json'), '{"name":"a","version":"1.0.0"}');
    assert.notEqual(installFingerprint(dir, versions), install);
    assert.notEqual(
      installFingerprint(dir, { ...versions, nodeVersion: '24.22.0' }),
      installFingerprint(dir, versions),
    );
  });
});
