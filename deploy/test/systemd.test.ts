import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '@oxios/server';
import { afterAll, describe, expect, it } from 'vitest';
import { readRepoFile } from './support/repo.js';
import { run } from './support/run.js';
import { parseUnitFile, values } from './support/unit-file.js';
import { needs, which } from './support/which.js';

const unitText = readRepoFile('deploy/systemd/oxios.service');
const unit = parseUnitFile(unitText);
const service = (key: string) => values(unit, 'Service', key);
const scratch = mkdtempSync(join(tmpdir(), 'oxios-systemd-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * The unit as installed, except that ExecStart points at a stub: `systemd-analyze verify` checks
 * that the binary exists, and oxios-server is not installed on a test machine.
 */
function unitWithStub(): string {
  const stub = join(scratch, 'oxios-server');
  writeFileSync(stub, '#!/bin/sh\nexit 0\n');
  chmodSync(stub, 0o755);
  const [execStart] = service('ExecStart');
  expect(execStart).toBe('/usr/local/bin/oxios-server');
  const path = join(scratch, 'oxios.service');
  writeFileSync(path, unitText.replace(`ExecStart=${execStart ?? ''}`, `ExecStart=${stub}`));
  return path;
}

/**
 * Runs this Node.js with `args` under PR_SET_MDWE (the kernel's memory-deny-write-execute, which
 * MemoryDenyWriteExecute= applies), through python3's ctypes; undefined when that cannot be set up.
 */
function nodeUnderMdwe(args: readonly string[]) {
  const script = [
    'import ctypes, os, sys',
    'libc = ctypes.CDLL(None, use_errno=True)',
    'if libc.prctl(65, 1, 0, 0, 0) != 0: sys.exit(99)',
    'os.execv(sys.argv[1], sys.argv[1:])',
  ].join('\n');
  const result = run('python3', ['-c', script, process.execPath, ...args]);
  return result.status === 99 ? undefined : result;
}
const mdweUnavailable = !which('python3')
  ? 'python3 is not installed'
  : nodeUnderMdwe(['--jitless', '-e', '0']) === undefined
    ? 'this kernel has no PR_SET_MDWE (Linux < 6.3)'
    : undefined;

describe('deploy/systemd/oxios.service', () => {
  it.skipIf(!which('systemd-analyze'))(
    needs('systemd-analyze', 'passes systemd-analyze verify without a single warning'),
    () => {
      const result = run('systemd-analyze', ['verify', unitWithStub()]);
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.status).toBe(0);
    },
  );

  it.skipIf(!which('systemd-analyze'))(
    needs('systemd-analyze', 'scores an exposure level below 4 in systemd-analyze security --offline'),
    () => {
      const result = run('systemd-analyze', ['security', '--offline=true', '--no-pager', unitWithStub()]);
      const score = /Overall exposure level for oxios\.service: (\d+\.\d)/.exec(result.stdout)?.[1];
      expect(score, result.stdout + result.stderr).toBeDefined();
      expect(Number(score)).toBeLessThan(4);
    },
  );

  it.skipIf(!which('systemd-sysusers'))(
    needs('systemd-sysusers', 'creates the oxios system user from oxios.sysusers'),
    () => {
      const root = join(scratch, 'root');
      mkdirSync(join(root, 'etc', 'sysusers.d'), { recursive: true });
      writeFileSync(join(root, 'etc', 'sysusers.d', 'oxios.conf'), readRepoFile('deploy/systemd/oxios.sysusers'));
      const result = run('systemd-sysusers', [`--root=${root}`]);
      expect(result.status, result.stderr).toBe(0);
      const passwd = readFileSync(join(root, 'etc', 'passwd'), 'utf8');
      expect(passwd).toMatch(/^oxios:x:\d+:\d+:[^:]*:\/var\/lib\/oxios:\/usr\/sbin\/nologin$/m);
    },
  );

  it('runs as the dedicated user with its state in /var/lib/oxios, bound to loopback', () => {
    expect(service('User')).toEqual(['oxios']);
    expect(service('Group')).toEqual(['oxios']);
    expect(service('StateDirectory')).toEqual(['oxios']);
    expect(service('StateDirectoryMode')).toEqual(['0700']);
    expect(service('Environment')).toEqual(
      expect.arrayContaining(['OXIOS_HOME=/var/lib/oxios', 'OXIOS_HOST=127.0.0.1', 'OXIOS_PORT=4200']),
    );
  });

  it('stops with SIGTERM and does not restart on an invalid configuration', () => {
    expect(service('KillSignal')).toEqual(['SIGTERM']);
    expect(service('Restart')).toEqual(['on-failure']);
    expect(service('RestartPreventExitStatus')).toEqual([String(EXIT.invalidConfig)]);
  });

  it('is hardened: no new privileges, no capabilities, read-only system, no homes, private /tmp', () => {
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['CapabilityBoundingSet', ''],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['PrivateDevices', 'yes'],
      ['ProtectKernelModules', 'yes'],
      ['ProtectControlGroups', 'yes'],
      ['LockPersonality', 'yes'],
      ['RestrictSUIDSGID', 'yes'],
      ['SystemCallArchitectures', 'native'],
      ['UMask', '0077'],
    ] as const) {
      expect(service(key), key).toEqual([value]);
    }
  });

  it.skipIf(mdweUnavailable !== undefined)(
    `leaves out MemoryDenyWriteExecute, under which Node.js aborts at start${mdweUnavailable ? ` (skipped: ${mdweUnavailable})` : ''}`,
    () => {
      const jit = nodeUnderMdwe(['-e', 'console.log("started")']);
      expect(jit?.stdout).not.toContain('started');
      expect(jit?.status).not.toBe(0);
      // Control: without the JIT the same process starts, so the abort is V8's W+X memory.
      expect(nodeUnderMdwe(['--jitless', '-e', 'console.log("started")'])?.stdout).toContain('started');
    },
  );

  it('keeps what Node.js and bubblewrap need: W^X memory, /proc mounts, namespaces, netlink, mounts, hostname', () => {
    // V8's JIT needs writable+executable memory.
    expect(service('MemoryDenyWriteExecute')).toEqual([]);
    // Over-mounting parts of /proc makes the kernel refuse bubblewrap's fresh /proc.
    // ProtectHostname=yes forbids sethostname(2) by seccomp, also inside the sandbox's UTS namespace.
    for (const key of ['ProtectKernelTunables', 'ProtectKernelLogs', 'ProcSubset', 'PrivateUsers', 'ProtectHostname']) {
      expect(service(key), key).toEqual([]);
    }
    expect(service('RestrictNamespaces')).toEqual(['user mnt pid net ipc uts cgroup']);
    expect(service('RestrictAddressFamilies')).toEqual(['AF_UNIX AF_INET AF_INET6 AF_NETLINK']);
    expect(service('SystemCallFilter')[0]).toBe('@system-service @mount sethostname');
  });
});
