import { describe, expect, it } from 'vitest';
import { json, tokenFor } from './fixtures.js';
import { createTestServer } from './helpers.js';

const body = async <T>(response: Response) => (await response.json()) as T;

describe('skills API', () => {
  it('lets manage-programs holders create, change and delete skills that everyone can read', async () => {
    await using server = await createTestServer();
    const sam = tokenFor(server, 'sam', 'superuser');
    const skill = { name: 'release-notes', description: 'Write release notes', body: 'Group by feature.' };
    expect(
      (await server.request('/api/skills', { method: 'POST', token: server.userToken, ...json(skill) })).status,
    ).toBe(403);
    const created = await server.request('/api/skills', { method: 'POST', token: sam, ...json(skill) });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      name: 'release-notes',
      description: 'Write release notes',
      requirements: { host_tools: [], tools: [] },
      body: 'Group by feature.',
    });
    expect((await server.request('/api/skills', { method: 'POST', token: sam, ...json(skill) })).status).toBe(409);
    const patched = await server.request('/api/skills/release-notes', {
      method: 'PATCH',
      token: sam,
      ...json({ body: 'Group by feature, newest first.', requirements: { host_tools: ['git'] } }),
    });
    expect(await patched.json()).toMatchObject({
      body: 'Group by feature, newest first.',
      requirements: { host_tools: ['git'] },
    });
    const listed = await body<{ items: { name: string }[] }>(
      await server.request('/api/skills', { token: server.userToken }),
    );
    expect(listed.items.map((item) => item.name)).toContain('release-notes');
    expect((await server.request('/api/skills/release-notes', { method: 'DELETE', token: sam })).status).toBe(200);
    expect((await server.request('/api/skills/release-notes', { token: server.userToken })).status).toBe(404);
  });
});

describe('personas API', () => {
  it('manages personas and the default, and lets only a session owner choose its persona', async () => {
    await using server = await createTestServer();
    const sam = tokenFor(server, 'sam', 'superuser');
    const bob = tokenFor(server, 'bob', 'user');
    const persona = { id: 'pirate', name: 'Pirate', systemPrompt: 'Speak like a pirate.', traits: ['bold'] };
    expect((await server.request('/api/personas', { method: 'POST', token: bob, ...json(persona) })).status).toBe(403);
    const created = await server.request('/api/personas', { method: 'POST', token: sam, ...json(persona) });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'pirate', role: 'assistant', enabled: true, traits: ['bold'] });
    const patched = await server.request('/api/personas/pirate', {
      method: 'PATCH',
      token: sam,
      ...json({ role: 'captain' }),
    });
    expect(await patched.json()).toMatchObject({ id: 'pirate', role: 'captain', systemPrompt: 'Speak like a pirate.' });
    expect((await server.request('/api/personas/pirate/default', { method: 'POST', token: sam })).status).toBe(200);
    const listed = await body<{ items: { id: string }[]; defaultId: string }>(
      await server.request('/api/personas', { token: bob }),
    );
    expect(listed.defaultId).toBe('pirate');
    expect(listed.items.map((item) => item.id)).toContain('pirate');
    // The default cannot be deleted.
    expect((await server.request('/api/personas/pirate', { method: 'DELETE', token: sam })).status).toBe(409);

    const session = await body<{ id: string }>(
      await server.request('/api/sessions', { method: 'POST', token: server.userToken, ...json({}) }),
    );
    const choose = (token: string, personaId: string | null) =>
      server.request(`/api/sessions/${session.id}/persona`, { method: 'PUT', token, ...json({ personaId }) });
    expect((await choose(bob, 'pirate')).status).toBe(404);
    expect(await (await choose(server.userToken, 'pirate')).json()).toMatchObject({ personaId: 'pirate' });
    expect((await choose(server.userToken, 'nobody')).status).toBe(404);
    expect(await (await choose(server.userToken, null)).json()).toMatchObject({ personaId: null });
  });
});

describe('memory API', () => {
  it("keeps each user's notes their own: write, list, search, read, replace, delete", async () => {
    await using server = await createTestServer();
    const bob = tokenFor(server, 'bob', 'user');
    const created = await server.request('/api/memory/notes', {
      method: 'POST',
      token: server.userToken,
      ...json({ kind: 'fact', title: 'Favourite editor', content: 'Ann edits with helix.', tags: ['tools'] }),
    });
    expect(created.status).toBe(201);
    const note = await body<{ id: string; kind: string }>(created);
    expect(note.kind).toBe('fact');
    const listed = await body<{ items: { id: string }[] }>(
      await server.request('/api/memory/notes', { token: server.userToken }),
    );
    expect(listed.items.map((item) => item.id)).toEqual([note.id]);
    const hits = await body<{ items: { id: string; snippet: string }[] }>(
      await server.request('/api/memory/search?q=helix', { token: server.userToken }),
    );
    expect(hits.items).toEqual([expect.objectContaining({ id: note.id, snippet: expect.stringContaining('[helix]') })]);
    // Bob sees nothing of Ann's.
    expect((await server.request(`/api/memory/notes/${note.id}`, { token: bob })).status).toBe(404);
    expect(await body(await server.request('/api/memory/search?q=helix', { token: bob }))).toEqual({ items: [] });
    expect((await server.request(`/api/memory/notes/${note.id}`, { method: 'DELETE', token: bob })).status).toBe(404);
    const replaced = await server.request(`/api/memory/notes/${note.id}`, {
      method: 'PUT',
      token: server.userToken,
      ...json({ kind: 'fact', title: 'Favourite editor', content: 'Ann edits with vim now.' }),
    });
    expect(await replaced.json()).toMatchObject({ id: note.id, content: 'Ann edits with vim now.' });
    expect(
      (await server.request(`/api/memory/notes/${note.id}`, { method: 'DELETE', token: server.userToken })).status,
    ).toBe(200);
    expect((await server.request(`/api/memory/notes/${note.id}`, { token: server.userToken })).status).toBe(404);
  });
});
