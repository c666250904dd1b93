// fake-binary: the apple backend against testkit's fake `container` CLI. These tests prove argv
// construction, output parsing (both JSON shapes) and error classification — not isolation,
// which only the real CLI on a Mac can show (see conformance-real.test.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxSpec } from '@oxios/kernel';
import { createFakeContainer, type FakeContainer } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppleBackend } from '../src/index.js';

const IMAGE = 'docker.io/library/debian:bookworm-slim';
const limits = {
  cpus: 2,
  memoryMiB: 512,
  pids: 64,
  fileSizeMiB: 10,
  openFiles: 256,
  cpuSeconds: 60,
  addressSpaceMiB: 0,
};

describe.each(['1.2.2', '0.12.1', '0.10.0'])('apple backend, fake-binary, CLI %s', (version) => {
  let fake: FakeContainer;
  let workspace: string;
  let spec: SandboxSpec;
  const backendFor = (options: { startSystem?: boolean } = {}) =>
    createAppleBackend({ binary: fake.binary, env: fake.env, ...options });

  beforeEach(async () => {
    fake = await createFakeContainer({ version });
    workspace = await mkdtemp(join(tmpdir(), 'oxios apple ws '));
    spec = {
      name: 'proj',
      image: IMAGE,
      workspace,
      network: false,
      limits,
      labels: { 'oxios.managed': 'true' },
      env: { TOKEN: 'a b; $(x)' },
    };
  });
  afterEach(async () => {
    await fake.remove();
    await rm(workspace, { recursive: true, force: true });
  });

  it('probes the version, the running service and the features of that version', async () => {
    const probe = await backendFor().probe();
    expect(probe).toMatchObject({ backend: 'apple', available: true, version, isolation: 'vm' });
    expect(probe.enforces.limits).toMatchObject({ cpus: 'vm', memory: 'vm', pids: 'none', fileSize: 'rlimit' });
    const statusCall = fake.calls().find((argv) => argv[0] === 'system');
    expect(statusCall).toEqual(version === '0.10.0' ? ['system', 'status'] : ['system', 'status', '--format', 'json']);
  });

  it('pulls a missing image once, then finds it', async () => {
    const backend = backendFor();
    expect((await backend.ensureImage({ kind: 'ref', ref: IMAGE }))._unsafeUnwrap()).toBe(IMAGE);
    expect((await backend.ensureImage({ kind: 'ref', ref: IMAGE }))._unsafeUnwrap()).toBe(IMAGE);
    expect(fake.calls().filter((argv) => argv[0] === 'image')).toEqual([
      ['image', 'inspect', IMAGE],
      ['image', 'pull', IMAGE],
      ['image', 'inspect', IMAGE],
    ]);
  });

  it('creates with the exact run argv, keeps env values out of argv, and parses inspect', async () => {
    const backend = backendFor();
    await backend.ensureImage({ kind: 'ref', ref: IMAGE });
    const info = (await backend.create(spec))._unsafeUnwrap();
    expect(info).toMatchObject({
      id: 'oxios-proj',
      name: 'proj',
      state: 'running',
      image: IMAGE,
      labels: { 'oxios.managed': 'true' },
    });
    expect(Math.abs((info.createdAt ?? 0) - Date.now())).toBeLessThan(60_000);
    const run = fake.calls().find((argv) => argv[0] === 'run') ?? [];
    expect(run.slice(0, 14)).toEqual([
      'run',
      '-d',
      '--name',
      'oxios-proj',
      '-l',
      'oxios.managed=true',
      '-v',
      `${workspace}:/workspace`,
      '-w',
      '/workspace',
      '--cpus',
      '2',
      '--memory',
      '512M',
    ]);
    expect(run.join(' ')).not.toContain('a b; $(x)');
    expect(fake.state().containers['oxios-proj']?.env).toEqual(['TOKEN=a b; $(x)']);
    expect(run.slice(-3)).toEqual([IMAGE, 'sleep', 'infinity']);
  });

  it('passes exit codes and argv through without a shell, and maps CLI failures to typed errors', async () => {
    const backend = backendFor();
    await backend.ensureImage({ kind: 'ref', ref: IMAGE });
    await backend.create(spec);
    const exec = (argv: string[]) => backend.exec('oxios-proj', argv, { timeoutMs: 10_000, maxOutputBytes: 4096 });
    for (const code of [0, 1, 2, 137])
      expect((await exec(['sh', '-c', `exit ${code}`]))._unsafeUnwrap().exitCode).toBe(code);
    expect((await exec(['printf', '%s|', 'a b', '; rm -rf /', '$HOME']))._unsafeUnwrap().stdout).toBe(
      'a b|; rm -rf /|$HOME|',
    );
    expect((await exec(['sh', '-c', 'printf "%s" "$TOKEN"']))._unsafeUnwrap().stdout).toBe('a b; $(x)');
    expect(
      (await backend.exec('oxios-nope', ['true'], { timeoutMs: 10_000, maxOutputBytes: 64 }))._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'not-found' });
    (await backend.stop('oxios-proj'))._unsafeUnwrap();
    expect((await exec(['true']))._unsafeUnwrapErr()).toMatchObject({ code: 'not-running', id: 'oxios-proj' });
  });

  it('refuses a taken name with already-exists', async () => {
    const backend = backendFor();
    await backend.ensureImage({ kind: 'ref', ref: IMAGE });
    (await backend.create(spec))._unsafeUnwrap();
    expect((await backend.create(spec))._unsafeUnwrapErr()).toMatchObject({ code: 'already-exists', id: 'oxios-proj' });
  });

  it('stops without deleting, and treats unknown ids on stop, remove and inspect as done', async () => {
    const backend = backendFor();
    await backend.ensureImage({ kind: 'ref', ref: IMAGE });
    await backend.create(spec);
    (await backend.stop('oxios-proj'))._unsafeUnwrap();
    expect((await backend.inspect('oxios-proj'))._unsafeUnwrap()?.state).toBe('stopped');
    expect((await backend.list())._unsafeUnwrap().map((info) => [info.id, info.state])).toEqual([
      ['oxios-proj', 'stopped'],
    ]);
    (await backend.remove('oxios-proj'))._unsafeUnwrap();
    expect(fake.calls().filter((argv) => argv[0] === 'delete')).toEqual([['delete', '--force', 'oxios-proj']]);
    for (const step of [backend.stop('oxios-gone'), backend.remove('oxios-gone')]) (await step)._unsafeUnwrap();
    expect((await backend.inspect('oxios-gone'))._unsafeUnwrap()).toBeNull();
  });

  it('ends a slow command at its timeout and caps large output', async () => {
    const backend = backendFor();
    await backend.ensureImage({ kind: 'ref', ref: IMAGE });
    await backend.create(spec);
    const slow = (
      await backend.exec('oxios-proj', ['sleep', '20'], { timeoutMs: 800, maxOutputBytes: 64 })
    )._unsafeUnwrap();
    expect(slow).toMatchObject({ timedOut: true, exitCode: null });
    expect(slow.durationMs).toBeLessThan(8000);
    const big = (
      await backend.exec('oxios-proj', ['sh', '-c', 'head -c 100000 /dev/zero | tr "\\0" y'], {
        timeoutMs: 10_000,
        maxOutputBytes: 100,
      })
    )._unsafeUnwrap();
    expect(big).toMatchObject({ stdout: 'y'.repeat(100), truncated: true, exitCode: 0 });
  });

  it('builds a Containerfile with the given tag', async () => {
    const backend = backendFor();
    const containerfile = join(workspace, 'Containerfile');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(containerfile, 'FROM debian:bookworm-slim\n');
    expect(
      (
        await backend.ensureImage({ kind: 'build', containerfile, context: workspace, tag: 'oxios-proj:latest' })
      )._unsafeUnwrap(),
    ).toBe('oxios-proj:latest');
    expect(fake.calls().at(-1)).toEqual(['build', '-t', 'oxios-proj:latest', '-f', containerfile, workspace]);
  });
});

describe('apple backend, fake-binary, system service', () => {
  it.each(['not-running', 'unregistered'] as const)(
    'reports system-not-running when the service is %s, and starts it only when allowed',
    async (scenario) => {
      await using fake = await createFakeContainer({ scenario });
      const probe = await createAppleBackend({ binary: fake.binary, env: fake.env }).probe();
      expect(probe).toMatchObject({
        available: false,
        reason: expect.stringContaining('container system start') as string,
      });
      expect(
        (await createAppleBackend({ binary: fake.binary, env: fake.env }).ensureReady())._unsafeUnwrapErr(),
      ).toMatchObject({ code: 'system-not-running' });
      expect(
        (await createAppleBackend({ binary: fake.binary, env: fake.env }).list())._unsafeUnwrapErr(),
      ).toMatchObject({ code: 'system-not-running' });
      const started = await createAppleBackend({ binary: fake.binary, env: fake.env, startSystem: true }).ensureReady();
      expect(started._unsafeUnwrap().available).toBe(true);
      expect(fake.calls()).toContainEqual(['system', 'start', '--enable-kernel-install']);
    },
  );

  it('reports the CI launchd failure of system start as system-not-running', async () => {
    await using fake = await createFakeContainer({ scenario: 'ci-xpc' });
    const result = await createAppleBackend({ binary: fake.binary, env: fake.env, startSystem: true }).ensureReady();
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'system-not-running' });
  });

  it('reports a missing CLI as unavailable', async () => {
    const backend = createAppleBackend({ binary: '/nonexistent/container', env: {} });
    expect(await backend.probe()).toMatchObject({
      available: false,
      reason: expect.stringContaining('not installed') as string,
    });
    expect((await backend.ensureReady())._unsafeUnwrapErr()).toMatchObject({ code: 'unavailable' });
  });
});
