import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { skipReason, type ConformanceCase, type ConformanceTarget } from './conformance-target.js';
import { withSandbox } from './sandbox-fixture.js';

/** Exit codes, output, cwd, env, stdin, truncation, timeouts and the workspace. */
export function execCases(target: ConformanceTarget): ConformanceCase[] {
  const timeoutMs = 30_000;
  return [
    {
      name: 'passes exit codes through (0, 1, 42)',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          for (const code of [0, 1, 42]) {
            assert.equal((await sandbox.exec(['sh', '-c', `exit ${code}`])).exitCode, code);
          }
        }),
    },
    {
      name: 'keeps stdout and stderr apart and streams both',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const streamed = { out: '', err: '' };
          const result = await sandbox.exec(['sh', '-c', 'printf out; printf err >&2'], {
            onStdout: (chunk) => (streamed.out += chunk),
            onStderr: (chunk) => (streamed.err += chunk),
          });
          assert.deepEqual(
            [result.stdout, result.stderr, result.timedOut, result.truncated],
            ['out', 'err', false, false],
          );
          assert.deepEqual(streamed, { out: 'out', err: 'err' });
        }),
    },
    {
      name: 'runs in the requested cwd with container and command environment, argv untouched by any shell',
      timeoutMs,
      run: () =>
        withSandbox(target, { env: { FROM_CONTAINER: 'c' } }, async (sandbox) => {
          await mkdir(join(sandbox.workspace, 'sub dir'));
          const tricky = 'a b; $(touch pwned) `id` "q"';
          const script = 'echo here > marker.txt; printf "%s|%s|%s" "$FROM_CONTAINER" "$GREETING" "$1"';
          const result = await sandbox.exec(['sh', '-c', script, 'sh', tricky], {
            cwd: 'sub dir',
            env: { GREETING: 'hello world' },
          });
          assert.equal(result.stdout, `c|hello world|${tricky}`);
          assert.equal(await readFile(join(sandbox.workspace, 'sub dir', 'marker.txt'), 'utf8'), 'here\n');
          const pwd = await sandbox.exec(['pwd'], { cwd: 'sub dir' });
          assert.ok(pwd.stdout.trimEnd().endsWith('/sub dir'), pwd.stdout);
          await assert.rejects(readFile(join(sandbox.workspace, 'sub dir', 'pwned')));
        }),
    },
    {
      name: 'writes stdin to the command',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          assert.equal((await sandbox.exec(['cat'], { stdin: 'line one\nline two\n' })).stdout, 'line one\nline two\n');
          assert.equal((await sandbox.exec(['cat'])).stdout, '');
        }),
    },
    {
      name: 'cuts output at maxOutputBytes and says so',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const result = await sandbox.exec(['sh', '-c', 'head -c 200000 /dev/zero | tr "\\0" x'], {
            maxOutputBytes: 1000,
          });
          assert.equal(result.stdout, 'x'.repeat(1000));
          assert.equal(result.truncated, true);
          assert.equal(result.exitCode, 0);
        }),
    },
    {
      name: 'ends a command at its timeout with timedOut set',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const result = await sandbox.exec(['sh', '-c', 'sleep 10; echo late > late.txt'], { timeoutMs: 500 });
          assert.equal(result.timedOut, true);
          assert.equal(result.exitCode, null);
          assert.ok(result.durationMs < 8000, `took ${result.durationMs} ms`);
        }),
    },
    {
      name: 'a timeout kills background processes the command started',
      skip: skipReason(target, 'processIsolation'),
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const result = await sandbox.exec(['sh', '-c', '(sleep 1; echo late > late.txt) & sleep 10'], {
            timeoutMs: 300,
          });
          assert.equal(result.timedOut, true);
          await new Promise((resolve) => setTimeout(resolve, 2000));
          await assert.rejects(
            readFile(join(sandbox.workspace, 'late.txt')),
            'a background process survived the timeout',
          );
        }),
    },
    {
      name: 'workspace writes are visible on the host and host writes inside',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          await writeFile(join(sandbox.workspace, 'from-host.txt'), 'host\n');
          const result = await sandbox.exec(['sh', '-c', 'cat from-host.txt; echo sandbox > from-sandbox.txt']);
          assert.equal(result.stdout, 'host\n');
          assert.equal(await readFile(join(sandbox.workspace, 'from-sandbox.txt'), 'utf8'), 'sandbox\n');
        }),
    },
  ];
}
