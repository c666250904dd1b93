import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostToolProbe } from './create-host-tool-probe.js';
import { createExecTestFixture, type ExecTestFixture } from './exec-test-fixture.js';

let fixture: ExecTestFixture;

beforeEach(() => {
  fixture = createExecTestFixture();
  const log = join(fixture.root, 'calls.log');
  fixture.tool(
    'tool-a',
    `echo "$0 $*" >> ${log}\n[ "$1" = --version ] && echo "tool-a version 1.2.3" && exit 0\nexit 2`,
  );
  fixture.tool('tool-stderr', '[ "$1" = -V ] && echo "tool-stderr v4.5" >&2 && exit 0\nexit 1');
  fixture.tool('tool-quiet', 'exit 1');
  fixture.tool('tool-slow', 'sleep 0.6\necho 9.9.9');
  fixture.tool('tool-hang', 'sleep 60');
});
afterEach(() => {
  fixture.remove();
});

function calls(): number {
  try {
    return readFileSync(join(fixture.root, 'calls.log'), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

describe('createHostToolProbe', () => {
  it('reports availability, path and version, trying fallbacks for the version', async () => {
    const probe = createHostToolProbe({ env: { PATH: fixture.path } });
    const report = (
      await probe.probe({ required: ['tool-a'], optional: ['tool-stderr', 'tool-missing'] })
    )._unsafeUnwrap();
    expect(report).toEqual({
      ok: true,
      missingRequired: [],
      tools: [
        { name: 'tool-a', required: true, available: true, version: '1.2.3', path: join(fixture.bin, 'tool-a') },
        {
          name: 'tool-stderr',
          required: false,
          available: true,
          version: '4.5',
          path: join(fixture.bin, 'tool-stderr'),
        },
        { name: 'tool-missing', required: false, available: false },
      ],
    });
  });

  it('counts a tool without a version flag as available', async () => {
    const report = await createHostToolProbe({ env: { PATH: fixture.path } }).probe({ required: ['tool-quiet'] });
    expect(report._unsafeUnwrap()).toMatchObject({ ok: true, tools: [{ name: 'tool-quiet', available: true }] });
    expect(report._unsafeUnwrap().tools[0]).not.toHaveProperty('version');
  });

  it('reports missing required tools', async () => {
    const report = await createHostToolProbe({ env: { PATH: fixture.path } }).probe({
      required: ['tool-missing', 'tool-a'],
    });
    expect(report._unsafeUnwrap()).toMatchObject({ ok: false, missingRequired: ['tool-missing'] });
  });

  it('probes tools in parallel', async () => {
    fixture.tool('tool-slow-2', 'sleep 0.6\necho 9.9.9');
    const started = Date.now();
    await createHostToolProbe({ env: { PATH: fixture.path } }).probe({ required: ['tool-slow', 'tool-slow-2'] });
    expect(Date.now() - started).toBeLessThan(1100);
  });

  it('gives up on a hanging version command after the per-attempt timeout', async () => {
    const started = Date.now();
    const report = await createHostToolProbe({ env: { PATH: fixture.path }, timeoutMs: 200 }).probe({
      required: ['tool-hang'],
    });
    expect(report._unsafeUnwrap().tools[0]).toMatchObject({ available: true });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reuses a status until the TTL passes', async () => {
    let now = 1_000;
    const probe = createHostToolProbe({ env: { PATH: fixture.path }, ttlMs: 60_000, now: () => now });
    await Promise.all([probe.probe({ required: ['tool-a'] }), probe.probe({ required: ['tool-a'] })]);
    await probe.probe({ required: ['tool-a'] });
    expect(calls()).toBe(1);
    now += 60_001;
    await probe.probe({ required: ['tool-a'] });
    expect(calls()).toBe(2);
    probe.clear();
    await probe.probe({ required: ['tool-a'] });
    expect(calls()).toBe(3);
  });

  it('refuses names that are not bare command names', async () => {
    const report = await createHostToolProbe().probe({ required: ['/usr/bin/git'] });
    expect(report._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'tools' });
  });
});
