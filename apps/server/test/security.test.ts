import { describe, expect, it } from 'vitest';
import { allRoutes } from '../src/app.js';
import { createTestServer, type TestServer } from './helpers.js';

const concretePath = (path: string) => path.replace(/:[A-Za-z]+/g, 'x1');

async function expired(server: TestServer): Promise<string> {
  const created = server.tokens
    .create({ name: 'old', userName: 'old', role: 'admin', expiresAt: Date.now() + 50 })
    ._unsafeUnwrap();
  await new Promise((resolve) => setTimeout(resolve, 60));
  return created.token;
}

describe('route enumeration: every /api route demands a valid credential', () => {
  it('rejects missing, malformed, revoked and expired credentials on every non-public route', async () => {
    // Every request comes from one address here: lift the failed-auth limit so each gets its 401.
    await using server = await createTestServer('[server]\nauth_failures_per_minute = 10000\n');
    const revoked = server.tokens.create({ name: 'gone', userName: 'gone', role: 'admin' })._unsafeUnwrap();
    server.tokens.revoke(revoked.record.id)._unsafeUnwrap();
    const expiredToken = await expired(server);
    const routes = allRoutes(server.deps).filter(
      (route) => route.path.startsWith('/api/') && route.access !== 'public',
    );
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining(['/api/a2a', '/api/mcp/servers']));
    const credentials: [string, Record<string, string>, string][] = [
      ['missing', {}, 'missing'],
      ['malformed scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }, 'malformed'],
      ['malformed bearer', { authorization: 'Bearer a b' }, 'malformed'],
      ['unknown token', { authorization: `Bearer oxs_${'A'.repeat(43)}` }, 'unknown'],
      ['revoked token', { authorization: `Bearer ${revoked.token}` }, 'revoked'],
      ['expired token', { authorization: `Bearer ${expiredToken}` }, 'expired'],
      ['forged cookie', { cookie: 'oxios_session=forged' }, 'unknown'],
    ];
    for (const route of routes) {
      for (const [label, headers, reason] of credentials) {
        const response = await server.request(concretePath(route.path), { method: route.method, headers, token: null });
        expect(response.status, `${route.method} ${route.path} with ${label}`).toBe(401);
        const body = (await response.json()) as { error: { code: string; details: { reason: string } } };
        expect(body.error.code).toBe('unauthenticated');
        expect(body.error.details.reason).toBe(reason);
        expect(response.headers.get('www-authenticate')).toContain('Bearer');
      }
    }
  });

  it('keeps user-role tokens out of admin routes', async () => {
    await using server = await createTestServer();
    const adminRoutes = allRoutes(server.deps).filter((route) => route.access === 'admin');
    expect(adminRoutes.length).toBeGreaterThanOrEqual(3);
    for (const route of adminRoutes) {
      const response = await server.request(concretePath(route.path), {
        method: route.method,
        token: server.userToken,
        ...(route.body ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}),
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('permission-denied');
    }
  });

  it('answers 401, not 404, for unknown /api paths without credentials, whatever the spelling', async () => {
    await using server = await createTestServer('[server]\nauth_failures_per_minute = 10000\n');
    for (const path of [
      '/api/unknown',
      '/api/tokens.js',
      '/api/tokens/',
      '/api//tokens',
      '/api/%74okens',
      '/api/tokens%2F..%2F..',
      '/api/tokens/..%2F..%2Fetc',
    ]) {
      const response = await server.request(path, { token: null });
      expect(response.status, path).toBe(401);
    }
    for (const path of ['/API/tokens', '/Api/tokens']) {
      const response = await server.request(path, { token: null });
      expect([401, 404], path).toContain(response.status);
      expect(response.status).not.toBe(200);
    }
  });

  it('refuses traversal in path parameters before touching anything', async () => {
    await using server = await createTestServer();
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2e%2e', '..', 'a%00b', '%252e%252e%252f']) {
      const response = await server.request(`/api/tokens/${id}`, { method: 'DELETE' });
      expect([400, 404], id).toContain(response.status);
    }
  });
});

describe('security headers, CORS and limits', () => {
  it('sends a CSP without inline script, nosniff, frame denial and no referrer', async () => {
    await using server = await createTestServer();
    const response = await server.request('/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('gives no CORS headers to an origin that is not allowed, and allows a configured one', async () => {
    await using closed = await createTestServer();
    const denied = await closed.request('/api/status', { headers: { origin: 'https://evil.example' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    await using open = await createTestServer('[server]\ncors_origins = ["https://app.example"]\n');
    const allowed = await open.request('/api/status', { headers: { origin: 'https://app.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('caps the body size with 413 and validates bodies with 400 and 415', async () => {
    await using server = await createTestServer('[server]\nbody_limit_bytes = 2048\n');
    const big = await server.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    const text = await server.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    const broken = await server.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(broken.status).toBe(400);
    const invalid = await server.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '../x', role: 'root' }),
    });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('invalid-argument');
    expect(body.error.details.issues.map((issue) => issue.path).sort()).toEqual(['name', 'role']);
  });

  it('rate limits per token with 429 and Retry-After', async () => {
    await using server = await createTestServer('[server]\nrate_limit_per_minute = 3\n');
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await server.request('/api/status')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await server.request('/api/status');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token has its own budget.
    expect((await server.request('/api/status', { token: server.userToken })).status).toBe(200);
  });

  it('refuses a client address after too many failed authentications', async () => {
    await using server = await createTestServer('[server]\nauth_failures_per_minute = 3\n');
    for (let index = 0; index < 3; index += 1)
      expect((await server.request('/api/status', { token: `oxs_${'B'.repeat(43)}` })).status).toBe(401);
    const blocked = await server.request('/api/status');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('60');
  });
});

describe('dashboard sessions', () => {
  it('exchanges a token for an HttpOnly SameSite=Strict cookie and demands the CSRF token on writes', async () => {
    await using server = await createTestServer();
    const login = await server.request('/api/auth/session', {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: server.adminToken }),
    });
    expect(login.status).toBe(201);
    const cookies = login.headers.getSetCookie();
    const sessionCookie = cookies.find((cookie) => cookie.startsWith('oxios_session=')) ?? '';
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Strict/);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = sessionCookie.split(';')[0] ?? '';
    expect((await server.request('/api/auth/me', { token: null, headers: { cookie } })).status).toBe(200);
    const withoutCsrf = await server.request('/api/tokens', {
      method: 'POST',
      token: null,
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(withoutCsrf.status).toBe(403);
    expect(((await withoutCsrf.json()) as { error: { code: string } }).error.code).toBe('csrf-invalid');
    const withCsrf = await server.request('/api/tokens', {
      method: 'POST',
      token: null,
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'from-dashboard' }),
    });
    expect(withCsrf.status).toBe(201);
    const logout = await server.request('/api/auth/session', {
      method: 'DELETE',
      token: null,
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(200);
    expect((await server.request('/api/auth/me', { token: null, headers: { cookie } })).status).toBe(401);
  });

  it('ends a cookie session when its token is revoked', async () => {
    await using server = await createTestServer();
    const created = server.tokens.create({ name: 'temp', userName: 'temp', role: 'user' })._unsafeUnwrap();
    const login = await server.request('/api/auth/session', {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: created.token }),
    });
    const cookie =
      (login.headers.getSetCookie().find((value) => value.startsWith('oxios_session=')) ?? '').split(';')[0] ?? '';
    server.tokens.revoke(created.record.id)._unsafeUnwrap();
    const response = await server.request('/api/auth/me', { token: null, headers: { cookie } });
    expect(response.status).toBe(401);
  });

  it('accepts a one-time login code exactly once', async () => {
    await using server = await createTestServer();
    const admin = server.tokens.verify(server.adminToken)._unsafeUnwrap();
    const code = server.deps.webSessions.issueLoginCode(admin.id);
    const login = () =>
      server.request('/api/auth/session', {
        method: 'POST',
        token: null,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    expect((await login()).status).toBe(201);
    expect((await login()).status).toBe(401);
  });
});

describe('tokens API', () => {
  it('creates a token whose secret is shown once, lists without secrets, and revokes', async () => {
    await using server = await createTestServer();
    const created = await server.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'CI bot', role: 'user' }),
    });
    expect(created.status).toBe(201);
    const { token, record } = (await created.json()) as { token: string; record: { id: string; userName: string } };
    expect(record.userName).toBe('ci-bot');
    expect((await server.request('/api/status', { token })).status).toBe(200);
    const listed = await (await server.request('/api/tokens')).text();
    expect(listed).not.toContain(token.slice(4));
    expect((await server.request(`/api/tokens/${record.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await server.request('/api/status', { token })).status).toBe(401);
  });
});
