import { describe, expect, it } from 'vitest';
import { buildLaunch, CGROUP_JOIN_SCRIPT, rlimitsFor } from './launcher.js';

const limits = {
  cpus: 2,
  memoryMiB: 512,
  pids: 64,
  fileSizeMiB: 10,
  openFiles: 256,
  cpuSeconds: 30,
  addressSpaceMiB: 0,
};

describe('rlimitsFor', () => {
  it('converts MiB to bytes, skips an address space of 0 and caps at the hard limits', () => {
    expect(rlimitsFor(limits, { nofile: 128 }, { nproc: false })).toEqual({ cpu: 30, fsize: 10_485_760, nofile: 128 });
    expect(rlimitsFor({ ...limits, addressSpaceMiB: 64 }, {}, { nproc: true })).toMatchObject({
      as: 67_108_864,
      nproc: 64,
    });
  });
});

describe('buildLaunch', () => {
  it('wraps bwrap in prlimit, and both in the cgroup join when there are cgroups', () => {
    const bwrap = { bwrap: '/usr/bin/bwrap', bwrapArgs: ['--', 'true'], rlimits: { cpu: 30, nofile: 256 } };
    expect(buildLaunch({ ...bwrap, cgroupProcs: [] })).toEqual({ file: '/usr/bin/bwrap', args: ['--', 'true'] });
    expect(buildLaunch({ ...bwrap, prlimit: '/usr/bin/prlimit', cgroupProcs: [] })).toEqual({
      file: '/usr/bin/prlimit',
      args: ['--cpu=30:30', '--nofile=256:256', '--', '/usr/bin/bwrap', '--', 'true'],
    });
    expect(
      buildLaunch({ ...bwrap, prlimit: '/usr/bin/prlimit', sh: '/bin/sh', cgroupProcs: ['/cg/a/cgroup.procs'] }),
    ).toEqual({
      file: '/bin/sh',
      args: [
        '-c',
        CGROUP_JOIN_SCRIPT,
        'oxios-cgroup-join',
        '/cg/a/cgroup.procs',
        '--',
        '/usr/bin/prlimit',
        '--cpu=30:30',
        '--nofile=256:256',
        '--',
        '/usr/bin/bwrap',
        '--',
        'true',
      ],
    });
  });
});
