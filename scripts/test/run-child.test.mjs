// runChild: signal forwarding and the orphan watch behind `npm start` + SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const runChildModule = join(dirname(dirname(fileURLToPath(import.meta.url))), 'bootstrap', 'run-child.mjs');

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'oxios-run-child-'));
  const marker = join(dir, 'terminated');
  const ready = join(dir, 'ready');
  writeFileSync(
    join(dir, 'server.mjs'),
    `import { renameSync, writeFileSync } from 'node:fs';
// Written then renamed, so the test never sees a half-written marker.
const mark = (text) => { writeFileSync(${JSON.stringify(marker + '.tmp')}, text); renameSync(${JSON.stringify(marker + '.tmp')}, ${JSON.stringify(marker)}); };
process.on('SIGTERM', () => { mark('SIGTERM'); process.exit(0); });
process.on('SIGINT', () => { mark('SIGINT'); process.exit(0); });
writeFileSync(${JSON.stringify(ready)}, 'yes');
setInterval(() => {}, 1000);`,
  );
  writeFileSync(
    join(dir, 'wrapper.mjs'),
    `import { runChild } from ${JSON.stringify(runChildModule)};
process.exitCode = await runChild(process.execPath, [${JSON.stringify(join(dir, 'server.mjs'))}]);`,
  );
  return { dir, marker, ready };
}

describe('runChild', () => {
  it('forwards SIGTERM to the child', async () => {
    const { dir, marker, ready } = fixture();
    const wrapper = spawn(process.execPath, [join(dir, 'wrapper.mjs')], { stdio: 'ignore' });
    assert.ok(await waitFor(() => existsSync(ready), 10_000));
    wrapper.kill('SIGTERM');
    assert.ok(await waitFor(() => existsSync(marker), 5_000), 'child was not signalled');
    assert.equal(readFileSync(marker, 'utf8'), 'SIGTERM');
  });

  it('stops the child when its own parent dies without passing a signal on (npm start via sh -c)', async () => {
    const { dir, marker, ready } = fixture();
    // The shell stands in for `sh -c` under npm: killing it orphans the wrapper silently.
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${join(dir, 'wrapper.mjs')}"; true`], { stdio: 'ignore' });
    assert.ok(await waitFor(() => existsSync(ready), 10_000));
    shell.kill('SIGKILL');
    assert.ok(await waitFor(() => existsSync(marker), 5_000), 'orphaned child kept running');
    assert.equal(readFileSync(marker, 'utf8'), 'SIGTERM');
  });
});
