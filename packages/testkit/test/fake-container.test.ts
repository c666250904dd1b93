// The fake `container` CLI as built (dist/fake-container.js is what other packages run).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeContainer } from '../dist/index.js';

const workspace = await mkdtemp(join(tmpdir(), 'oxios-fake-ws-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('fake container CLI', () => {
  it.each([
    ['1.2.2', (entry: Record<string, unknown>) => (entry.status as { state: string }).state],
    ['0.12.1', (entry: Record<string, unknown>) => entry.status],
  ])('keeps run → list → stop → delete consistent in the %s JSON shape', async (version, stateOf) => {
    await using fake = await createFakeContainer({ version });
    const cli = (...args: string[]) => spawnSync(fake.binary, args, { env: fake.env, encoding: 'utf8' });
    expect(cli('--version').stdout).toBe(`container CLI version ${version} (build: release, commit: 1a2b3c4)\n`);
    cli('image', 'pull', 'debian:12');
    expect(
      cli('run', '-d', '--name', 'oxios-a', '-v', `${workspace}:/workspace`, 'debian:12', 'sleep', 'infinity').stdout,
    ).toBe('oxios-a\n');
    const listed = JSON.parse(cli('list', '--all', '--format', 'json').stdout) as Record<string, unknown>[];
    expect(listed.map(stateOf)).toEqual(['running']);
    expect(cli('exec', '-w', '/workspace', 'oxios-a', 'sh', '-c', 'pwd; exit 3')).toMatchObject({
      status: 3,
      stdout: `${workspace}\n`,
    });
    expect(cli('stop', 'oxios-a').stdout).toBe('oxios-a\n');
    expect(cli('exec', 'oxios-a', 'true')).toMatchObject({
      status: 1,
      stderr: 'Error: invalidState: "container oxios-a is not running"\n',
    });
    expect(cli('delete', 'oxios-a').status).toBe(0);
    expect(fake.calls()[0]).toEqual(['--version']);
  });

  it('fails every API call with the XPC error while the system is not running', async () => {
    await using fake = await createFakeContainer({ scenario: 'not-running' });
    const result = spawnSync(fake.binary, ['list'], { env: fake.env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('XPC connection error');
    const status = spawnSync(fake.binary, ['system', 'status', '--format', 'json'], {
      env: fake.env,
      encoding: 'utf8',
    });
    expect(status.status).toBe(1);
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'not running', apiServerVersion: '' });
  });
});
