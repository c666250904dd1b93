import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestServer } from './helpers.js';

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('sessions API', () => {
  it("lets a user create and read their own sessions and hides everyone else's", async () => {
    await using server = await createTestServer();
    const bob = server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token;
    const created = await server.request('/api/sessions', {
      method: 'POST',
      token: server.userToken,
      ...json({ title: 'plan a trip' }),
    });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string; userId: string; phase: string };
    expect(session).toMatchObject({ userId: 'ann', phase: 'interview' });
    server.kernel.sessions.appendMessage(session.id, { role: 'user', content: 'hello' })._unsafeUnwrap();

    expect((await server.request(`/api/sessions/${session.id}`, { token: server.userToken })).status).toBe(200);
    expect((await server.request(`/api/sessions/${session.id}`, { token: bob })).status).toBe(404);
    expect((await server.request(`/api/sessions/${session.id}/messages`, { token: bob })).status).toBe(404);
    expect((await server.request(`/api/sessions/${session.id}`, { method: 'DELETE', token: bob })).status).toBe(404);
    expect((await server.request(`/api/sessions/${session.id}`)).status).toBe(200);

    const messages = (await (
      await server.request(`/api/sessions/${session.id}/messages`, { token: server.userToken })
    ).json()) as { items: { content: string }[] };
    expect(messages.items.map((message) => message.content)).toEqual(['hello']);
    const bobsList = (await (await server.request('/api/sessions', { token: bob })).json()) as { items: unknown[] };
    expect(bobsList.items).toEqual([]);
    const adminList = (await (await server.request('/api/sessions?userId=ann')).json()) as { items: { id: string }[] };
    expect(adminList.items.map((item) => item.id)).toEqual([session.id]);

    expect(
      (await server.request(`/api/sessions/${session.id}`, { method: 'DELETE', token: server.userToken })).status,
    ).toBe(200);
    expect((await server.request(`/api/sessions/${session.id}`, { token: server.userToken })).status).toBe(404);
  });
});

describe('config API', () => {
  it('shows the effective config and validates a replacement, naming the key', async () => {
    await using server = await createTestServer();
    const view = (await (await server.request('/api/config')).json()) as {
      config: { server: { port: number } };
      home: string;
    };
    expect(view.home).toBe(server.home.path);
    const invalid = await server.request('/api/config', {
      method: 'PUT',
      ...json({ config: { ...view.config, server: { ...view.config.server, port: 'http' } } }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { message: string } }).error.message).toContain(
      'server.port: expected integer 1–65535, got "http"',
    );
    const updated = await server.request('/api/config', {
      method: 'PUT',
      ...json({ config: { ...view.config, server: { ...view.config.server, port: 4999 } } }),
    });
    expect(await updated.json()).toEqual({ changed: ['server.port'], appliedLive: [], restartRequired: true });
    expect(readFileSync(server.deps.config.configPath, 'utf8')).toContain('port = 4999');
    expect((await server.request('/api/config', { token: server.userToken })).status).toBe(403);
  });
});

describe('access API', () => {
  it('serves the audit log to holders of view-audit and refuses users', async () => {
    await using server = await createTestServer();
    const audit = (await (await server.request('/api/audit?action=view-audit')).json()) as {
      items: { subject: string; allowed: boolean }[];
    };
    expect(audit.items[0]).toMatchObject({ subject: 'user:admin', allowed: true });
    expect((await server.request('/api/audit', { token: server.userToken })).status).toBe(403);
  });

  it("lets an agent's owner approve its pending request, and nobody else", async () => {
    await using server = await createTestServer();
    const bob = server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token;
    server.kernel.access.createPermissions('agent-1', { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
    const pending = server.kernel.access.approvals
      .request({ subject: 'agent:agent-1', action: 'host-exec', resource: 'git push', reason: 'publish' })
      ._unsafeUnwrap();
    const annList = (await (
      await server.request('/api/approvals?status=pending', { token: server.userToken })
    ).json()) as { items: { id: string }[] };
    expect(annList.items.map((item) => item.id)).toEqual([pending.id]);
    const bobList = (await (await server.request('/api/approvals', { token: bob })).json()) as { items: unknown[] };
    expect(bobList.items).toEqual([]);
    const bobTry = await server.request(`/api/approvals/${pending.id}/approve`, {
      method: 'POST',
      token: bob,
      ...json({}),
    });
    expect(bobTry.status).toBeGreaterThanOrEqual(400);
    const approved = await server.request(`/api/approvals/${pending.id}/approve`, {
      method: 'POST',
      token: server.userToken,
      ...json({ note: 'ok' }),
    });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: 'approved', decidedBy: 'user:ann', note: 'ok' });
    const again = await server.request(`/api/approvals/${pending.id}/reject`, {
      method: 'POST',
      token: server.userToken,
      ...json({}),
    });
    expect(again.status).toBe(409);
  });
});
