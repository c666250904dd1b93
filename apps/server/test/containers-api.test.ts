import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { describe, expect, it } from 'vitest';
import { json, tokenFor } from './fixtures.js';
import { createTestServer } from './helpers.js';

describe('containers API over a real bwrap sandbox', () => {
  it('creates, runs commands in, stops, starts and removes a container; users only reach their own', async () => {
    await using server = await createTestServer(
      '',
      {},
      { containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) } },
    );
    expect(server.kernel.containersUnavailable).toBeNull();
    const sam = tokenFor(server, 'sam', 'superuser');
    const probe = (await (await server.request('/api/containers/probe', { token: server.userToken })).json()) as {
      backend: string;
      available: boolean;
      enforces: { filesystemIsolation: boolean };
    };
    expect(probe).toMatchObject({ backend: 'bwrap', available: true, enforces: { filesystemIsolation: true } });

    const byUser = await server.request('/api/containers', {
      method: 'POST',
      token: server.userToken,
      ...json({ name: 'box' }),
    });
    expect(byUser.status).toBe(403);
    const created = await server.request('/api/containers', {
      method: 'POST',
      token: sam,
      ...json({ name: 'box', env: { SECRET_TOKEN: 'hunter2' } }),
    });
    expect(created.status).toBe(201);
    const record = await created.json();
    expect(record).toMatchObject({ name: 'box', backend: 'bwrap', status: 'running', envNames: ['SECRET_TOKEN'] });
    expect(JSON.stringify(record)).not.toContain('hunter2');

    const exec = (token: string, argv: string[]) =>
      server.request('/api/containers/box/exec', { method: 'POST', token, ...json({ argv, timeoutSecs: 30 }) });
    const echoed = await exec(sam, ['sh', '-c', 'echo "hi $SECRET_TOKEN"; exit 3']);
    expect(await echoed.json()).toMatchObject({ exitCode: 3, stdout: 'hi hunter2\n', timedOut: false });
    // Ann has no session owning this container: it does not exist for her.
    expect((await exec(server.userToken, ['true'])).status).toBe(404);
    expect((await server.request('/api/containers/box', { token: server.userToken })).status).toBe(404);
    expect(await (await server.request('/api/containers', { token: server.userToken })).json()).toEqual({ items: [] });

    expect(
      await (await server.request('/api/containers/box/stop', { method: 'POST', token: sam })).json(),
    ).toMatchObject({
      status: 'stopped',
    });
    expect((await exec(sam, ['true'])).status).toBe(409);
    expect(
      await (await server.request('/api/containers/box/start', { method: 'POST', token: sam })).json(),
    ).toMatchObject({
      status: 'running',
    });
    expect((await server.request('/api/containers/box', { method: 'DELETE', token: server.userToken })).status).toBe(
      403,
    );
    expect((await server.request('/api/containers/box', { method: 'DELETE', token: sam })).status).toBe(200);
    expect((await server.request('/api/containers/box', { token: sam })).status).toBe(404);
    expect(existsSync(join(server.home.path, 'containers', 'box'))).toBe(false);
  });
});
