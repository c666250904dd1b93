import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOxiosClient } from './create-client.js';

interface Seen {
  method: string;
  url: string;
  body: string;
  csrf: string | undefined;
  authorization: string | undefined;
}

const at = '2026-01-02T03:04:05.000Z';
const session = {
  id: 's1',
  userId: 'ann',
  title: null,
  personaId: null,
  phase: 'interview',
  status: 'active',
  statusReason: null,
  activeSeedId: null,
  createdAt: at,
  updatedAt: at,
};
const approval = {
  id: 'a/1',
  subject: 'agent:x',
  owner: 'user:ann',
  action: 'host-exec',
  resource: 'git push',
  reason: '',
  status: 'approved',
  requestedAt: at,
  expiresAt: at,
  decidedAt: at,
  decidedBy: 'user:ann',
  note: 'fine',
  sessionId: null,
  agentId: null,
};
/** Canned answers by "METHOD path" (query strings ignored). */
const answers: Record<string, unknown> = {
  'GET /api/sessions': { items: [session], nextCursor: 'c2' },
  'POST /api/sessions': session,
  'DELETE /api/sessions/s1': { deleted: true },
  'GET /api/sessions/s1/messages': { items: [] },
  'POST /api/approvals/a%2F1/approve': approval,
  'GET /api/audit': { items: [] },
  'PUT /api/config': { changed: ['log.level'], appliedLive: [], restartRequired: true },
  'DELETE /api/auth/session': { loggedOut: true },
  'DELETE /api/roles/bob': { removed: false },
  'GET /openapi.json': { openapi: '3.1.0', info: { title: 'Oxios', version: '1' }, paths: { '/health': { get: {} } } },
};

let server: Server;
let baseUrl: string;
let seen: Seen[];
beforeEach(async () => {
  seen = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const url = request.url ?? '';
      seen.push({
        method: request.method ?? '',
        url,
        body,
        csrf: request.headers['x-csrf-token'] as string | undefined,
        authorization: request.headers.authorization,
      });
      const answer = answers[`${request.method} ${url.split('?')[0]}`];
      response
        .writeHead(answer === undefined ? 404 : 200, { 'content-type': 'application/json' })
        .end(JSON.stringify(answer ?? { error: { code: 'not-found', message: 'no' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createOxiosClient resources', () => {
  it('sends list filters as a query string and validates the page', async () => {
    const client = createOxiosClient({ baseUrl, token: 'oxs_t' });
    const page = (await client.sessions.list({ limit: 5, status: 'active' }))._unsafeUnwrap();
    expect(page).toEqual({ items: [session], nextCursor: 'c2' });
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/api/sessions?limit=5&status=active' });
  });

  it('creates, lists messages of and deletes a session on the right paths', async () => {
    const client = createOxiosClient({ baseUrl, token: 'oxs_t' });
    expect((await client.sessions.create({ title: 'Plan' }))._unsafeUnwrap().id).toBe('s1');
    expect((await client.sessions.messages('s1', { afterSeq: 3 }))._unsafeUnwrap()).toEqual({ items: [] });
    expect((await client.sessions.remove('s1'))._unsafeUnwrap()).toEqual({ deleted: true });
    expect(seen.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
      'POST /api/sessions {"title":"Plan"}',
      'GET /api/sessions/s1/messages?afterSeq=3 ',
      'DELETE /api/sessions/s1 ',
    ]);
  });

  it('percent-encodes ids in paths and sends the decision note', async () => {
    const client = createOxiosClient({ baseUrl, token: 'oxs_t' });
    expect((await client.approvals.approve('a/1', { note: 'fine' }))._unsafeUnwrap().status).toBe('approved');
    expect(seen[0]).toMatchObject({ url: '/api/approvals/a%2F1/approve', body: '{"note":"fine"}' });
  });

  it('reports a route the server lacks as an http not-found error', async () => {
    const client = createOxiosClient({ baseUrl, token: 'oxs_t' });
    expect((await client.scheduler.get())._unsafeUnwrapErr()).toMatchObject({
      code: 'http',
      status: 404,
      errorCode: 'not-found',
    });
  });

  it('sends no bearer token in session mode, and the CSRF token only on state-changing calls', async () => {
    const client = createOxiosClient({ baseUrl, session: { csrfToken: () => 'csrf-9' } });
    await client.audit.query({ allowed: 'false' });
    await client.config.update({ config: { log: { level: 'debug' } } });
    await client.roles.revoke('bob');
    await client.auth.logout();
    expect(seen.map((request) => [request.method, request.csrf, request.authorization])).toEqual([
      ['GET', undefined, undefined],
      ['PUT', 'csrf-9', undefined],
      ['DELETE', 'csrf-9', undefined],
      ['DELETE', 'csrf-9', undefined],
    ]);
  });

  it('reads the OpenAPI document to tell which routes exist', async () => {
    const client = createOxiosClient({ baseUrl });
    expect(Object.keys((await client.openApi())._unsafeUnwrap().paths)).toEqual(['/health']);
  });
});
