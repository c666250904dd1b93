import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostExec } from './create-host-exec.js';
import { createExecTestFixture, isProcessAlive, waitForExit, type ExecTestFixture } from './exec-test-fixture.js';
import type { HostExecOptions } from './types.js';

let fixture: ExecTestFixture;

beforeEach(() => {
  fixture = createExecTestFixture();
  // Starts a background grandchild, records its pid, and waits for it.
  fixture.tool('spawner', 'sleep 300 &\necho $! > "$1"\nwait');
  fixture.tool('exit-with', 'exit "$1"');
  fixture.tool('self-terminate', 'kill -TERM $$\nsleep 5');
  fixture.tool('flood', 'head -c 100000 /dev/zero | tr "\\0" "a"\necho done >&2');
});
afterEach(() => {
  fixture.remove();
});

function bridge(overrides: Partial<HostExecOptions> = {}) {
  return createHostExec({
    allowlist: ['git', 'env', 'cat', 'pwd', 'sleep', 'touch', 'spawner', 'exit-with', 'self-terminate', 'flood'],
    defaultTimeoutMs: 10_000,
    maxOutputBytes: 1024,
    hostEnv: { PATH: fixture.path, HOME: fixture.root, LANG: 'C.UTF-8' },
    ...overrides,
  });
}

describe('createHostExec: processes', () => {
  it('runs a command and reports exit code, signal, output and duration', async () => {
    const result = (
      await bridge().run({ command: 'exit-with', args: ['3'], workspaceRoot: fixture.workspace })
    )._unsafeUnwrap();
    expect(result).toMatchObject({
      command: 'exit-with',
      args: ['3'],
      cwd: fixture.workspace,
      exitCode: 3,
      signal: null,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    const signalled = await bridge().run({ command: 'self-terminate', workspaceRoot: fixture.workspace });
    expect(signalled._unsafeUnwrap()).toMatchObject({ exitCode: null, signal: 'SIGTERM' });
  });

  it('measures the duration of the command', async () => {
    const result = await bridge().run({ command: 'sleep', args: ['0.3'], workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrap().durationMs).toBeGreaterThanOrEqual(250);
  });

  it('passes stdin and leaves it empty otherwise', async () => {
    const run = bridge().run;
    expect(
      (await run({ command: 'cat', stdin: 'hello', workspaceRoot: fixture.workspace }))._unsafeUnwrap().stdout,
    ).toBe('hello');
    expect((await run({ command: 'cat', workspaceRoot: fixture.workspace }))._unsafeUnwrap().stdout).toBe('');
  });

  it('caps each stream at maxOutputBytes and flags the truncation', async () => {
    const result = (await bridge().run({ command: 'flood', workspaceRoot: fixture.workspace }))._unsafeUnwrap();
    expect(result.stdout).toBe('a'.repeat(1024));
    expect(result).toMatchObject({ stdoutTruncated: true, stderrTruncated: false, truncated: true, stderr: 'done\n' });
    const whole = await bridge({ maxOutputBytes: 200_000 }).run({ command: 'flood', workspaceRoot: fixture.workspace });
    expect(whole._unsafeUnwrap()).toMatchObject({ stdout: 'a'.repeat(100_000), truncated: false });
    const small = await bridge().run({ command: 'cat', stdin: 'x', workspaceRoot: fixture.workspace });
    expect(small._unsafeUnwrap()).toMatchObject({ stdout: 'x', truncated: false });
  });

  it('kills the whole process tree on timeout, grandchildren included', async () => {
    const pidFile = join(fixture.workspace, 'grandchild.pid');
    const started = Date.now();
    const result = await bridge().run({
      command: 'spawner',
      args: [pidFile],
      workspaceRoot: fixture.workspace,
      timeoutMs: 500,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'timeout',
      timeoutMs: 500,
      operation: 'host command spawner',
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(grandchild).toBeGreaterThan(0);
    expect(await waitForExit(grandchild)).toBe(true);
  });

  it('still returns at the timeout when an escaped descendant holds the output open', async () => {
    const pidFile = join(fixture.workspace, 'escaped.pid');
    // The escapee starts its own session (out of the process group) and keeps stdout open.
    fixture.tool(
      'escaper',
      `setsid sh -c 'echo $$ > "$0"; exec sleep 300' "$1" &\nwhile [ ! -s "$1" ]; do sleep 0.05; done`,
    );
    const started = Date.now();
    const result = await bridge({ allowlist: ['escaper'] }).run({
      command: 'escaper',
      args: [pidFile],
      workspaceRoot: fixture.workspace,
      timeoutMs: 500,
    });
    const escaped = Number(readFileSync(pidFile, 'utf8'));
    process.kill(escaped, 'SIGKILL');
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('kills the whole process tree when the signal aborts', async () => {
    const pidFile = join(fixture.workspace, 'grandchild.pid');
    const controller = new AbortController();
    const running = bridge().run({
      command: 'spawner',
      args: [pidFile],
      workspaceRoot: fixture.workspace,
      signal: controller.signal,
    });
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(isProcessAlive(grandchild)).toBe(true);
    controller.abort();
    expect((await running)._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
    expect(await waitForExit(grandchild)).toBe(true);
  });

  it('does not start a command whose signal is already aborted', async () => {
    const marker = join(fixture.workspace, 'marker');
    const result = await bridge().run({
      command: 'touch',
      args: [marker],
      workspaceRoot: fixture.workspace,
      signal: AbortSignal.abort(),
    });
    expect(result._unsafeUnwrapErr().code).toBe('aborted');
    expect(existsSync(marker)).toBe(false);
  });

  it('reports a command missing from PATH as exec-failed', async () => {
    const result = await bridge({ allowlist: ['not-installed-anywhere'] }).run({
      command: 'not-installed-anywhere',
      workspaceRoot: fixture.workspace,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'exec-failed',
      command: 'not-installed-anywhere',
      reason: 'ENOENT',
    });
  });
});

describe('createHostExec: environment', () => {
  it('gives the command only the allowlisted variables', async () => {
    const hostEnv = {
      PATH: fixture.path,
      HOME: fixture.root,
      LANG: 'C.UTF-8',
      SECRET_TOKEN: 'hunter2',
      LD_PRELOAD: '/tmp/evil.so',
      NODE_OPTIONS: '--require /tmp/evil.js',
    };
    const result = await bridge({ hostEnv, envAllowlist: ['PATH', 'HOME', 'LANG', 'TERM'] }).run({
      command: 'env',
      workspaceRoot: fixture.workspace,
    });
    const names = result
      ._unsafeUnwrap()
      .stdout.trim()
      .split('\n')
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(names.sort()).toEqual(['HOME', 'LANG', 'PATH']);
  });

  it('lets a request set allowlisted variables and refuses others', async () => {
    const exec = bridge({ envAllowlist: ['PATH', 'LANG'] });
    const set = await exec.run({ command: 'env', env: { LANG: 'de_DE.UTF-8' }, workspaceRoot: fixture.workspace });
    expect(set._unsafeUnwrap().stdout).toContain('LANG=de_DE.UTF-8');
    const other = await exec.run({ command: 'env', env: { SECRET: 'x' }, workspaceRoot: fixture.workspace });
    expect(other._unsafeUnwrapErr()).toMatchObject({
      code: 'exec-denied',
      rule: 'env-not-allowed',
      argument: 'SECRET',
    });
    const preload = await exec.run({ command: 'env', env: { LD_PRELOAD: 'x.so' }, workspaceRoot: fixture.workspace });
    expect(preload._unsafeUnwrapErr()).toMatchObject({
      code: 'exec-denied',
      rule: 'env-denied',
      argument: 'LD_PRELOAD',
    });
  });

  it('drops PATH entries that are relative or inside the workspace, so planted tools are not found', async () => {
    mkdirSync(join(fixture.workspace, 'bin'));
    fixture.tool('planted', 'echo planted', join(fixture.workspace, 'bin'));
    fixture.tool('planted', 'echo planted', fixture.workspace);
    const hostEnv = { PATH: `${fixture.workspace}/bin:.::${fixture.path}` };
    const result = await bridge({ hostEnv, allowlist: ['planted', 'env'] }).run({
      command: 'planted',
      workspaceRoot: fixture.workspace,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'exec-failed', reason: 'ENOENT' });
    const env = await bridge({ hostEnv }).run({ command: 'env', workspaceRoot: fixture.workspace });
    expect(env._unsafeUnwrap().stdout).toContain(`PATH=${fixture.path}\n`);
  });
});

describe('createHostExec: refusals', () => {
  it.each([
    ['/bin/ls', 'not-bare-name'],
    ['../bin/ls', 'not-bare-name'],
    ['git log', 'not-bare-name'],
    ['bash', 'never-allowed'],
    ['BASH', 'never-allowed'],
    ['ls', 'not-allowlisted'],
  ])('refuses the command %j (%s)', async (command, rule) => {
    const result = await bridge().run({ command, workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'exec-denied', command, rule });
  });

  it('refuses an argument containing a NUL byte', async () => {
    const result = await bridge().run({ command: 'cat', args: ['a', 'b\0c'], workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'args[1]' });
  });

  it('refuses a timeout above the maximum', async () => {
    const result = await bridge({ maxTimeoutMs: 1000 }).run({
      command: 'cat',
      timeoutMs: 5000,
      workspaceRoot: fixture.workspace,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'timeoutMs' });
  });

  it('will not be configured with a shell or a code-loading variable', () => {
    expect(() => bridge({ allowlist: ['git', 'sh'] })).toThrow(/never allowed/);
    expect(() => bridge({ envAllowlist: ['PATH', 'LD_PRELOAD'] })).toThrow(/LD_PRELOAD/);
  });
});

describe('createHostExec: working directory', () => {
  it('runs in a real subdirectory of the workspace', async () => {
    mkdirSync(join(fixture.workspace, 'sub'));
    const result = await bridge().run({ command: 'pwd', cwd: 'sub', workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrap()).toMatchObject({ stdout: `${join(fixture.workspace, 'sub')}\n` });
  });

  it('accepts a workspace root reached through a symlink', async () => {
    symlinkSync(fixture.workspace, join(fixture.root, 'alias'));
    const result = await bridge().run({ command: 'pwd', workspaceRoot: join(fixture.root, 'alias') });
    expect(result._unsafeUnwrap().stdout).toBe(`${fixture.workspace}\n`);
  });

  it('refuses a cwd outside the workspace', async () => {
    const result = await bridge().run({ command: 'pwd', cwd: '..', workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', path: '..', rule: 'outside-workspace' });
  });

  it('refuses a cwd that escapes through a symlink, also via link/..', async () => {
    mkdirSync(join(fixture.root, 'outside', 'deep'), { recursive: true });
    symlinkSync(join(fixture.root, 'outside', 'deep'), join(fixture.workspace, 'escape'));
    const exec = bridge();
    for (const cwd of ['escape', 'escape/..']) {
      const result = await exec.run({ command: 'pwd', cwd, workspaceRoot: fixture.workspace });
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', path: cwd, rule: 'symlink-escape' });
    }
  });

  it('reports a missing cwd as not-found', async () => {
    const result = await bridge().run({ command: 'pwd', cwd: 'missing', workspaceRoot: fixture.workspace });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });
});

describe('createHostExec: git', () => {
  function git(args: string[]): string {
    const env = { PATH: fixture.path, HOME: fixture.root, GIT_CONFIG_NOSYSTEM: '1' };
    return execFileSync('git', args, {
      cwd: fixture.workspace,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  beforeEach(() => {
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.email', 'test@example.com']);
    git(['config', 'user.name', 'Test']);
    git(['commit', '-q', '--allow-empty', '-m', 'first']);
    git(['tag', 'a']);
    git(['commit', '-q', '--allow-empty', '-m', 'second']);
    git(['tag', 'b']);
  });

  it('runs git log a..b', async () => {
    const result = await bridge().run({
      command: 'git',
      args: ['log', '--format=%s', 'a..b'],
      workspaceRoot: fixture.workspace,
    });
    expect(result._unsafeUnwrap()).toMatchObject({ exitCode: 0, stdout: 'second\n' });
  });

  it('refuses a code-executing option before anything runs', async () => {
    const marker = join(fixture.root, 'pwned');
    const result = await bridge().run({
      command: 'git',
      args: ['-c', `core.pager=touch ${marker}`, '-p', 'log'],
      workspaceRoot: fixture.workspace,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'exec-denied', rule: 'denied-option:-c', argument: '-c' });
    expect(existsSync(marker)).toBe(false);
  });

  it('confines -C to the workspace, symlinks included', async () => {
    mkdirSync(join(fixture.root, 'elsewhere'));
    symlinkSync(join(fixture.root, 'elsewhere'), join(fixture.workspace, 'link'));
    const exec = bridge();
    const outside = await exec.run({
      command: 'git',
      args: ['-C', fixture.root, 'status'],
      workspaceRoot: fixture.workspace,
    });
    expect(outside._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: 'outside-workspace' });
    const linked = await exec.run({ command: 'git', args: ['-C', 'link', 'status'], workspaceRoot: fixture.workspace });
    expect(linked._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: 'symlink-escape' });
    mkdirSync(join(fixture.workspace, 'src'));
    const inside = await exec.run({
      command: 'git',
      args: ['-C', 'src', 'status', '--short'],
      workspaceRoot: fixture.workspace,
    });
    expect(inside._unsafeUnwrap().exitCode).toBe(0);
  });

  it('does not run hooks or an fsmonitor planted in the repository', async () => {
    const hookMarker = join(fixture.root, 'hook-ran');
    const monitorMarker = join(fixture.root, 'fsmonitor-ran');
    fixture.tool('pre-commit', `touch ${hookMarker}`, join(fixture.workspace, '.git', 'hooks'));
    const monitor = fixture.tool('monitor', `touch ${monitorMarker}`, fixture.root);
    git(['config', 'core.fsmonitor', monitor]);
    const exec = bridge();
    const commit = await exec.run({
      command: 'git',
      args: ['commit', '-q', '--allow-empty', '-m', 'third'],
      workspaceRoot: fixture.workspace,
    });
    expect(commit._unsafeUnwrap().exitCode).toBe(0);
    const status = await exec.run({ command: 'git', args: ['status'], workspaceRoot: fixture.workspace });
    expect(status._unsafeUnwrap().exitCode).toBe(0);
    expect([existsSync(hookMarker), existsSync(monitorMarker)]).toEqual([false, false]);
    // Control: the same repository run directly does run them.
    git(['commit', '-q', '--allow-empty', '-m', 'fourth']);
    expect([existsSync(hookMarker), existsSync(monitorMarker)]).toEqual([true, true]);
  });
});
