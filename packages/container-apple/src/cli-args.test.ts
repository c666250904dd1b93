import type { SandboxSpec } from '@oxios/kernel';
import { describe, expect, it } from 'vitest';
import { buildExecArgs, buildRunArgs, runSpecProblem } from './cli-args.js';
import { featuresOf } from './cli-features.js';

const spec: SandboxSpec = {
  name: 'proj',
  image: 'docker.io/library/debian:bookworm-slim',
  workspace: '/Users/ann/.oxios/containers/proj/workspace',
  network: false,
  limits: { cpus: 2, memoryMiB: 2048, pids: 512, fileSizeMiB: 10, openFiles: 256, cpuSeconds: 60, addressSpaceMiB: 0 },
  labels: { 'oxios.managed': 'true', 'oxios.container': 'proj' },
  mounts: [{ hostPath: '/opt/tools', path: '/opt/tools' }],
};

describe('buildRunArgs', () => {
  it('creates oxios-<name> with labels, the workspace, the configured limits, no network and a read-only root (1.x)', () => {
    expect(buildRunArgs(spec, { features: featuresOf('1.2.2'), envFile: '/tmp/env' })).toEqual([
      'run', '-d', '--name', 'oxios-proj',
      '-l', 'oxios.container=proj', '-l', 'oxios.managed=true',
      '-v', '/Users/ann/.oxios/containers/proj/workspace:/workspace',
      '-v', '/opt/tools:/opt/tools:ro',
      '-w', '/workspace', '--cpus', '2', '--memory', '2048M',
      '--network', 'none',
      '--read-only', '--tmpfs', '/tmp',
      '--ulimit', 'nofile=256:256', '--ulimit', 'fsize=10485760:10485760', '--ulimit', 'cpu=60:60',
      '--env-file', '/tmp/env',
      'docker.io/library/debian:bookworm-slim', 'sleep', 'infinity',
    ]); // prettier-ignore
  });

  it('runs the configured image reference as given (never oxios:<image>)', () => {
    const args = buildRunArgs({ ...spec, image: 'oxios:latest' }, { features: featuresOf('1.2.2') });
    expect(args.at(-3)).toBe('oxios:latest');
    expect(args.join(' ')).not.toContain('oxios:oxios');
  });

  it('leaves out options older CLIs lack, and keeps network when allowed', () => {
    const args = buildRunArgs({ ...spec, network: true }, { features: featuresOf('0.7.1') });
    expect(args).not.toContain('--read-only');
    expect(args).not.toContain('--ulimit');
    expect(args).not.toContain('--network');
  });
});

describe('runSpecProblem', () => {
  it('refuses what the CLI cannot express', () => {
    const features = featuresOf('1.2.2');
    expect(runSpecProblem({ ...spec, name: 'a'.repeat(58) }, features)?.field).toBe('name');
    expect(runSpecProblem({ ...spec, name: 'a'.repeat(57) }, features)).toBeUndefined();
    expect(runSpecProblem({ ...spec, workspace: '/x:y' }, features)?.field).toBe('workspace');
    expect(runSpecProblem({ ...spec, limits: { ...spec.limits, memoryMiB: 128 } }, features)?.field).toBe(
      'limits.memoryMiB',
    );
    expect(runSpecProblem(spec, featuresOf('0.5.0'))?.field).toBe('network');
  });
});

describe('buildExecArgs', () => {
  it('passes argv untouched after the id, with the working directory resolved in the workspace', () => {
    expect(buildExecArgs('oxios-proj', ['sh', '-c', 'echo "a b"; ls'], { cwd: 'src dir', stdin: true, envFile: '/tmp/e' })).toEqual([
      'exec', '-i', '-w', '/workspace/src dir', '--env-file', '/tmp/e', 'oxios-proj', 'sh', '-c', 'echo "a b"; ls',
    ]); // prettier-ignore
    expect(buildExecArgs('oxios-proj', ['--help'], { stdin: false, cwd: undefined })).toEqual([
      'exec',
      '-w',
      '/workspace',
      'oxios-proj',
      '--help',
    ]);
  });
});
