import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, serveProgramTarball, tokenFor } from './fixtures.js';
import { createTestServer } from './helpers.js';

describe('programs API', () => {
  it('installs from a tarball URL for a manage-programs holder, toggles, shows and uninstalls it', async () => {
    await using server = await createTestServer();
    const sam = tokenFor(server, 'sam', 'superuser');
    await using served = await serveProgramTarball(server.home.path, 'served');
    const byUser = await server.request('/api/programs', {
      method: 'POST',
      token: server.userToken,
      ...json({ kind: 'tarball-url', url: served.url }),
    });
    expect(byUser.status).toBe(403);
    const installed = await server.request('/api/programs', {
      method: 'POST',
      token: sam,
      ...json({ kind: 'tarball-url', url: served.url }),
    });
    expect(installed.status).toBe(201);
    expect(await installed.json()).toMatchObject({ name: 'served', version: '1.0.0', enabled: true, tools: ['echo'] });
    const detail = (await (await server.request('/api/programs/served', { token: server.userToken })).json()) as {
      toolDefinitions: { name: string; command: string[] }[];
      skill: string;
    };
    expect(detail.toolDefinitions).toEqual([
      expect.objectContaining({ name: 'echo', command: ['echo', '--', '{text}'] }),
    ]);
    expect(detail.skill).toContain('Use served wisely.');
    expect(JSON.stringify(detail)).not.toContain(server.home.path);
    const disabled = await server.request('/api/programs/served/disable', { method: 'POST', token: sam });
    expect(await disabled.json()).toMatchObject({ name: 'served', enabled: false });
    expect(
      (await server.request('/api/programs/served/enable', { method: 'POST', token: server.userToken })).status,
    ).toBe(403);
    expect((await server.request('/api/programs/served', { method: 'DELETE', token: sam })).status).toBe(200);
    expect((await server.request('/api/programs/served', { token: sam })).status).toBe(404);
    expect(existsSync(join(server.home.path, 'programs', 'served'))).toBe(false);
  });

  it('refuses local directory and tarball sources over HTTP, and unknown source kinds, installing nothing', async () => {
    await using server = await createTestServer();
    await using served = await serveProgramTarball(server.home.path, 'local');
    const before = (await (await server.request('/api/programs')).json()) as { items: unknown[] };
    for (const source of [
      { kind: 'directory', path: join(server.home.path, 'local') },
      { kind: 'tarball', path: join(server.home.path, 'local.tgz') },
      { kind: 'bundled', name: 'local' },
      { kind: 'tarball-url', url: served.url, path: '/etc' },
      { kind: 'git', url: 'https://example.com/x.git', ref: '--upload-pack=evil' },
      { kind: 'tarball-url', url: 'http://example.com/p.tgz' },
    ]) {
      const response = await server.request('/api/programs', { method: 'POST', ...json(source) });
      expect(response.status, JSON.stringify(source)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid-argument');
    }
    const after = (await (await server.request('/api/programs')).json()) as { items: unknown[] };
    expect(after.items).toEqual(before.items);
    expect(existsSync(join(server.home.path, 'programs', 'local'))).toBe(false);
  });
});
