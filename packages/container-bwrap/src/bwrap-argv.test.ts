import { describe, expect, it } from 'vitest';
import { buildBwrapArgv, type BwrapArgvInput } from './bwrap-argv.js';

const input: BwrapArgvInput = {
  layout: {
    entries: [
      { kind: 'directory', path: '/usr' },
      { kind: 'symlink', path: '/bin', target: 'usr/bin' },
      { kind: 'directory', path: '/etc' },
    ],
    masks: [
      { kind: 'file', path: '/etc/shadow' },
      { kind: 'directory', path: '/etc/ssl/private' },
    ],
  },
  workspace: '/home/ann/.oxios/containers/proj/workspace',
  mounts: [{ hostPath: '/opt/toolchain', path: '/opt/toolchain' }],
  hidden: ['/home/ann/.oxios'],
  network: false,
  hostname: 'proj',
  env: { PATH: '/usr/bin:/bin', HOME: '/tmp', GREETING: 'a b; $(x)' },
  cwd: '/workspace/src',
  tmpSizeBytes: 536_870_912,
  argv: ['--looks-like-a-flag', 'arg'],
};

describe('buildBwrapArgv', () => {
  it('builds the exact sandbox: nothing shared, no capabilities, read-only system folders, secrets masked', () => {
    expect(buildBwrapArgv(input)).toEqual([
      '--die-with-parent',
      '--new-session',
      '--unshare-all',
      '--unshare-user',
      '--disable-userns',
      '--cap-drop',
      'ALL',
      '--hostname',
      'proj',
      '--clearenv',
      '--setenv',
      'PATH',
      '/usr/bin:/bin',
      '--setenv',
      'HOME',
      '/tmp',
      '--setenv',
      'GREETING',
      'a b; $(x)',
      '--ro-bind',
      '/usr',
      '/usr',
      '--symlink',
      'usr/bin',
      '/bin',
      '--ro-bind',
      '/etc',
      '/etc',
      '--ro-bind',
      '/dev/null',
      '/etc/shadow',
      '--tmpfs',
      '/etc/ssl/private',
      '--remount-ro',
      '/etc/ssl/private',
      '--ro-bind',
      '/opt/toolchain',
      '/opt/toolchain',
      '--dev',
      '/dev',
      '--proc',
      '/proc',
      '--remount-ro',
      '/proc',
      '--size',
      '536870912',
      '--tmpfs',
      '/tmp',
      '--bind',
      '/home/ann/.oxios/containers/proj/workspace',
      '/workspace',
      '--chdir',
      '/workspace/src',
      '--remount-ro',
      '/',
      '--json-status-fd',
      '3',
      '--',
      '--looks-like-a-flag',
      'arg',
    ]);
  });

  it('shares the network only when allowed, binding the resolver target', () => {
    const args = buildBwrapArgv({ ...input, network: true, resolvConf: '/run/systemd/resolve/stub-resolv.conf' });
    expect(args.slice(0, 4)).toEqual(['--die-with-parent', '--new-session', '--unshare-all', '--share-net']);
    expect(args.join(' ')).toContain(
      '--ro-bind /run/systemd/resolve/stub-resolv.conf /run/systemd/resolve/stub-resolv.conf',
    );
    expect(buildBwrapArgv(input)).not.toContain('--share-net');
  });

  it('hides OXIOS_HOME wherever a mount would show it', () => {
    const args = buildBwrapArgv({ ...input, mounts: [{ hostPath: '/home/ann', path: '/mnt/ann' }] });
    expect(args.join(' ')).toContain('--tmpfs /mnt/ann/.oxios --remount-ro /mnt/ann/.oxios');
    const sibling = buildBwrapArgv({ ...input, mounts: [{ hostPath: '/home/ann/..oxios-not', path: '/mnt/x' }] });
    expect(sibling.join(' ')).not.toContain('--tmpfs /mnt');
  });
});
