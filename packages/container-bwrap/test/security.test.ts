// Security regressions for the bwrap backend, run for real. Each test attacks the sandbox the
// way a hostile command would and asserts the attack fails and leaves the host untouched.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ExecResult, SandboxSpec } from '@oxios/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBwrapBackend, type BwrapBackend } from '../src/index.js';

const linux = process.platform === 'linux';
const limits = {
  cpus: 1,
  memoryMiB: 512,
  pids: 128,
  fileSizeMiB: 16,
  openFiles: 256,
  cpuSeconds: 30,
  addressSpaceMiB: 0,
};

describe.skipIf(!linux)('bwrap security regressions', () => {
  let scratch: string;
  let home: string;
  let workspace: string;
  let backend: BwrapBackend;
  const sandbox = 'security';

  const run = async (argv: readonly string[], env?: Record<string, string>): Promise<ExecResult> =>
    (
      await backend.exec(sandbox, argv, { timeoutMs: 15_000, maxOutputBytes: 65_536, ...(env ? { env } : {}) })
    )._unsafeUnwrap();

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oxios-bwrap-security-'));
    home = join(scratch, 'oxios-home');
    workspace = join(home, 'containers', sandbox, 'workspace');
    await mkdir(workspace, { recursive: true, mode: 0o700 });
    await writeFile(join(home, 'secret.key'), 'oxios-home-secret', { mode: 0o600 });
    // The whole scratch folder (which holds OXIOS_HOME) is mounted read-only on purpose: the
    // hidden path must stay invisible even through a mount that contains it.
    const scratchMount = { hostPath: scratch, path: '/mnt/scratch' };
    const spec: SandboxSpec = {
      name: sandbox,
      image: 'host',
      workspace,
      network: false,
      limits,
      mounts: [scratchMount],
    };
    backend = createBwrapBackend({ hide: [home] });
    (await backend.create(spec))._unsafeUnwrap();
  });
  afterAll(async () => {
    await backend.remove(sandbox);
    await rm(scratch, { recursive: true, force: true });
  });

  it('cannot remount /, /etc or /usr read-write, and the host stays untouched', async () => {
    const marker = `/etc/oxios-escape-${randomUUID()}`;
    const attempts = [
      'mount -o remount,rw /',
      'mount -o remount,rw,bind /',
      'mount -o remount,rw,bind /etc',
      'mount -o remount,rw,bind /usr',
      `mount -o remount,rw,bind /etc && touch ${marker}`,
    ];
    for (const script of attempts) {
      expect((await run(['sh', '-c', script])).exitCode, script).not.toBe(0);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('cannot change host kernel settings through /proc/sys, even writing back their current values', async () => {
    const before = readFileSync('/proc/sys/vm/stat_interval', 'utf8');
    for (const setting of ['kernel/core_pattern', 'vm/stat_interval', 'kernel/modprobe']) {
      const path = `/proc/sys/${setting}`;
      if (!existsSync(path)) continue;
      const script = 'value=$(cat "$1") && printf "%s\\n" "$value" > "$1"';
      expect((await run(['sh', '-c', script, 'sh', path])).exitCode, path).not.toBe(0);
    }
    expect(readFileSync('/proc/sys/vm/stat_interval', 'utf8')).toBe(before);
  });

  it('holds no capabilities and cannot gain any (no_new_privs)', async () => {
    const status = (await run(['cat', '/proc/self/status'])).stdout;
    for (const field of ['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb']) {
      expect(status).toMatch(new RegExp(`^${field}:\\s+0{16}$`, 'm'));
    }
    expect(status).toMatch(/^NoNewPrivs:\s+1$/m);
  });

  it('cannot create a nested user namespace', async () => {
    for (const argv of [
      ['unshare', '-U', 'true'],
      ['unshare', '-Ur', 'true'],
      ['unshare', '-Urm', 'true'],
    ]) {
      expect((await run(argv)).exitCode, argv.join(' ')).not.toBe(0);
    }
  });

  it('cannot read a secret in OXIOS_HOME, by its host path or through a mount that contains it', async () => {
    for (const path of [join(home, 'secret.key'), `/mnt/scratch/${basename(home)}/secret.key`]) {
      const result = await run(['cat', path]);
      expect(result.exitCode, path).not.toBe(0);
      expect(result.stdout).not.toContain('oxios-home-secret');
    }
    expect((await run(['ls', '-A', `/mnt/scratch/${basename(home)}`])).stdout).toBe('');
    // The workspace inside OXIOS_HOME is still there, at /workspace.
    expect((await run(['sh', '-c', 'echo ok > /workspace/ok.txt && cat /workspace/ok.txt'])).stdout).toBe('ok\n');
    expect(dirname(workspace).startsWith(home)).toBe(true);
  });

  it('sees no environment variable that was not passed explicitly, not even through /proc/1/environ', async () => {
    process.env.OXIOS_SECRET_TEST = 'host-environment-secret';
    try {
      const result = await run(['env'], { PASSED: 'yes' });
      const names = result.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('=')[0]);
      expect(names.sort()).toEqual(['HOME', 'PASSED', 'PATH', 'PWD']);
      const environ = await run(['sh', '-c', 'cat /proc/1/environ /proc/self/environ 2>/dev/null | tr "\\0" "\\n"']);
      expect(environ.stdout).not.toContain('host-environment-secret');
    } finally {
      delete process.env.OXIOS_SECRET_TEST;
    }
  });

  it('masks host files only root may read, such as /etc/shadow', async () => {
    if (!existsSync('/etc/shadow')) return;
    const result = await run(['cat', '/etc/shadow']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).not.toMatch(/^root:/m);
  });

  it('shows none of the host outside the system folders: homes, /var, /run sockets, /sys, other processes', async () => {
    for (const path of ['/root', '/home', '/var', '/run', '/sys', '/srv', '/opt', '/media']) {
      expect((await run(['ls', path])).exitCode, path).not.toBe(0);
    }
    const processes = (await run(['ls', '/proc'])).stdout.split('\n').filter((name) => /^\d+$/.test(name));
    expect(processes).not.toContain(String(process.pid));
    expect(processes.length).toBeLessThan(5);
  });
});
