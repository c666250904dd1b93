import { subscribe, type ServerSentEvent } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { createTestServer } from './helpers.js';

const content = (event: ServerSentEvent) => (JSON.parse(event.data) as { content: string }).content;

async function collect(stream: AsyncGenerator<ServerSentEvent>, count: number): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of stream) {
    events.push(event);
    if (events.length === count) break;
  }
  return events;
}

describe('GET /api/events', () => {
  it("never shows one user's session events to another; admins see everything", async () => {
    await using server = await createTestServer();
    const bob = server.tokens.create({ name: 'bob', userName: 'bob', role: 'user' })._unsafeUnwrap().token;
    const annSession = server.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    const bobSession = server.kernel.sessions.create({ userId: 'bob' })._unsafeUnwrap();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    const controller = new AbortController();
    try {
      const http = (token: string) => ({ baseUrl: running.url, token });
      const publish = (sessionId: string, userId: string, content: string, seq: number) =>
        server.kernel.bus.publish({ type: 'session-message-added', sessionId, userId, seq, role: 'user', content });
      publish(annSession.id, 'ann', 'ann secret 1', 1);
      publish(bobSession.id, 'bob', 'bob secret 1', 1);
      server.kernel.bus.publish({ type: 'kernel-stopping', reason: 'system event' });
      publish(annSession.id, 'ann', 'ann secret 2', 2);
      publish(bobSession.id, 'bob', 'bob secret 2', 2);
      // Every stream reads the same log from the start (no race with subscription timing); the
      // per-caller filter is what decides what each one sees.
      const from = { signal: controller.signal, lastEventId: '0' };
      const annStream = collect(subscribe(http(server.userToken), from), 2);
      const bobStream = collect(subscribe(http(bob), from), 2);
      const adminStream = collect(
        subscribe(http(server.adminToken), { ...from, query: { types: 'session-message-added' } }),
        4,
      );
      const [ann, bobEvents, admin] = await Promise.all([annStream, bobStream, adminStream]);
      expect(ann.map((event) => content(event))).toEqual(['ann secret 1', 'ann secret 2']);
      expect(bobEvents.map((event) => content(event))).toEqual(['bob secret 1', 'bob secret 2']);
      expect(admin).toHaveLength(4);
      expect(ann.every((event) => event.event === 'session-message-added' && event.id !== undefined)).toBe(true);
    } finally {
      controller.abort();
      await running.close(100);
    }
  });

  it('resumes after Last-Event-ID without repeating or losing events', async () => {
    await using server = await createTestServer();
    const session = server.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
    for (let seq = 1; seq <= 5; seq += 1) {
      server.kernel.bus.publish({
        type: 'session-message-added',
        sessionId: session.id,
        userId: 'ann',
        seq,
        role: 'user',
        content: `m${seq}`,
      });
    }
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    const controller = new AbortController();
    try {
      const all = await collect(
        subscribe({ baseUrl: running.url, token: server.userToken }, { signal: controller.signal, lastEventId: '0' }),
        5,
      );
      const third = all[2]?.id ?? '';
      const resumed = await collect(
        subscribe({ baseUrl: running.url, token: server.userToken }, { signal: controller.signal, lastEventId: third }),
        2,
      );
      expect(resumed.map((event) => content(event))).toEqual(['m4', 'm5']);
    } finally {
      controller.abort();
      await running.close(100);
    }
  });
});

describe('meta routes', () => {
  it('publishes an OpenAPI 3.1 document generated from the route contracts', async () => {
    await using server = await createTestServer();
    const document = (await (await server.request('/openapi.json', { token: null })).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { 'x-oxios-access': string; requestBody?: unknown; parameters: { name: string; in: string }[] }>
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/tokens']?.post?.['x-oxios-access']).toBe('admin');
    expect(document.paths['/api/tokens']?.post?.requestBody).toBeDefined();
    expect(document.paths['/api/tokens/{id}']?.delete?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path' }),
    ]);
    expect(document.paths['/health']?.get?.['x-oxios-access']).toBe('public');
  });

  it('serves a docs page without inline script', async () => {
    await using server = await createTestServer();
    const html = await (await server.request('/docs', { token: null })).text();
    expect(html).toContain('/api/tokens');
    expect(html).not.toContain('<script');
  });

  it('exposes Prometheus metrics to admins only', async () => {
    await using server = await createTestServer();
    await server.request('/api/status');
    expect((await server.request('/metrics', { token: null })).status).toBe(401);
    expect((await server.request('/metrics', { token: server.userToken })).status).toBe(403);
    const text = await (await server.request('/metrics')).text();
    expect(text).toContain('oxios_http_requests_total{method="GET",route="/api/status",status="200"} 1');
  });
});
