import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../logger/logger.js';
import { containerConformance } from '../testing/container-conformance.js';
import { createHostBackend } from './host-backend.js';
import { selectContainerBackend } from './select-backend.js';

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const logger: Logger & { warnings: string[] } = {
    warnings,
    error: () => undefined,
    warn: (_fields, message) => warnings.push(message ?? ''),
    info: () => undefined,
    debug: () => undefined,
    child: () => logger,
  };
  return logger;
}

const scratch = await mkdtemp(join(tmpdir(), 'oxios-host-conformance-'));
const backend = createHostBackend({ allowHost: true });
const probe = await backend.probe();

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('host backend conformance', () => {
  for (const test of containerConformance({ label: 'host', backend, probe, image: 'host', scratch })) {
    it.skipIf(test.skip !== undefined)(
      test.skip ? `${test.name} — skipped: ${test.skip}` : test.name,
      test.run,
      test.timeoutMs,
    );
  }
});

describe('host backend', () => {
  it('claims no isolation at all', () => {
    expect(probe).toMatchObject({
      available: true,
      isolation: 'none',
      enforces: { readOnlyRoot: false, networkIsolation: false },
    });
  });

  it('warns when it starts and on every create', async () => {
    const logger = recordingLogger();
    const host = createHostBackend({ allowHost: true, logger });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/NO isolation/);
    const workspace = await mkdtemp(join(scratch, 'warn-'));
    const spec = {
      image: 'host',
      workspace,
      network: false,
      limits: { cpus: 1, memoryMiB: 64, pids: 8, fileSizeMiB: 1, openFiles: 16, cpuSeconds: 1, addressSpaceMiB: 0 },
    };
    (await host.create({ ...spec, name: 'one' }))._unsafeUnwrap();
    (await host.create({ ...spec, name: 'two' }))._unsafeUnwrap();
    expect(logger.warnings).toHaveLength(3);
    expect(logger.warnings[2]).toMatch(/NO isolation.*"two"/);
  });

  it('reports a missing command as exit 127, like a shell', async () => {
    const workspace = await mkdtemp(join(scratch, 'missing-'));
    const spec = {
      image: 'host',
      workspace,
      network: false,
      limits: { cpus: 1, memoryMiB: 64, pids: 8, fileSizeMiB: 1, openFiles: 16, cpuSeconds: 1, addressSpaceMiB: 0 },
    };
    (await backend.create({ ...spec, name: 'missing' }))._unsafeUnwrap();
    const result = (
      await backend.exec('missing', ['oxios-no-such-command'], { timeoutMs: 5000, maxOutputBytes: 1024 })
    )._unsafeUnwrap();
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain('command not found');
  });
});

describe('selectContainerBackend', () => {
  // Stand-ins: the real backends live in their own packages.
  const named = (kind: string) => () => ({ ...createHostBackend({ allowHost: true }), kind });
  const bwrap = named('bwrap');
  const apple = named('apple');

  it('refuses the host backend without allow_host', () => {
    const result = selectContainerBackend({ config: { backend: 'host', allow_host: false }, factories: {} });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'container.backend' });
  });

  it('builds the host backend with allow_host and it warns', () => {
    const logger = recordingLogger();
    const result = selectContainerBackend({ config: { backend: 'host', allow_host: true }, factories: {}, logger });
    expect(result._unsafeUnwrap().kind).toBe('host');
    expect(logger.warnings).toHaveLength(1);
  });

  it('picks bwrap on Linux and apple on macOS for auto, and never host', () => {
    const config = { backend: 'auto', allow_host: true } as const;
    expect(
      selectContainerBackend({ config, factories: { bwrap, apple }, platform: 'linux' })._unsafeUnwrap().kind,
    ).toBe('bwrap');
    expect(
      selectContainerBackend({ config, factories: { bwrap, apple }, platform: 'darwin' })._unsafeUnwrap().kind,
    ).toBe('apple');
    expect(
      selectContainerBackend({ config, factories: { bwrap, apple }, platform: 'win32' })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'unavailable',
    });
  });

  it('says which package is missing', () => {
    const result = selectContainerBackend({ config: { backend: 'bwrap', allow_host: false }, factories: {} });
    expect(result._unsafeUnwrapErr().message).toContain('@oxios/container-bwrap');
  });
});
