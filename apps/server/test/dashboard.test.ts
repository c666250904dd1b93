import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestServer } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'oxios-dashboard-'));
const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
mkdirSync(join(root, 'assets'));
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><title>Oxios</title><script type="module" src="/assets/app-1a2b3c.js"></script>',
);
writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), script);
writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(root, 'notes.unknown'), 'not served');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the web dashboard at /', () => {
  it('serves index.html fresh every time, with every security header', async () => {
    await using server = await createTestServer('', { dashboardRoot: root });
    const response = await server.request('/', { token: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.text()).toContain('<title>Oxios</title>');
  });

  it('serves hashed assets with a long cache, gzip when accepted, and the right types', async () => {
    await using server = await createTestServer('', { dashboardRoot: root });
    const plain = await server.request('/assets/app-1a2b3c.js', { token: null });
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    const zipped = await server.request('/assets/app-1a2b3c.js', {
      token: null,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(script);
    const icon = await server.request('/favicon.svg', { token: null });
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers page paths with index.html (the app routes in the browser), HEAD without a body', async () => {
    await using server = await createTestServer('', { dashboardRoot: root });
    for (const path of ['/approvals', '/chat/3f2a-9', '/tokens/']) {
      const response = await server.request(path, { token: null });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<title>Oxios</title>');
    }
    const head = await server.request('/approvals', { method: 'HEAD', token: null });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  it('keeps 404 for missing files, unknown types, other methods and traversal attempts', async () => {
    await using server = await createTestServer('', { dashboardRoot: root });
    for (const path of [
      '/missing.js',
      '/assets/other-123.css',
      '/notes.unknown',
      '/assets/..%2f..%2fetc%2fpasswd.js',
    ]) {
      const response = await server.request(path, { token: null });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found');
    }
    expect((await server.request('/approvals', { method: 'POST', token: null })).status).toBe(404);
  });

  it('never answers API paths with the page, and leaves the other routes alone', async () => {
    await using server = await createTestServer('[server]\nauth_failures_per_minute = 10000\n', {
      dashboardRoot: root,
    });
    expect((await server.request('/api/unknown', { token: null })).status).toBe(401);
    for (const path of ['/API/tokens', '/Api/x']) {
      const response = await server.request(path, { token: null });
      expect(response.status, path).toBe(404);
    }
    expect(await (await server.request('/health', { token: null })).json()).toMatchObject({ status: 'ok' });
    expect(await (await server.request('/ready', { token: null })).json()).toMatchObject({
      checks: { store: { ok: true } },
    });
    expect(await (await server.request('/openapi.json', { token: null })).json()).toMatchObject({ openapi: '3.1.0' });
    expect(await (await server.request('/docs', { token: null })).text()).toContain('/api/status');
    expect((await server.request('/metrics', { token: null })).status).toBe(401);
    expect((await server.request('/metrics')).status).toBe(200);
  });

  it('serves no dashboard when disabled or not built', async () => {
    await using disabled = await createTestServer('', { dashboardRoot: null });
    expect((await disabled.request('/', { token: null })).status).toBe(404);
    await using missing = await createTestServer('', { dashboardRoot: join(root, 'nowhere') });
    expect((await missing.request('/', { token: null })).status).toBe(404);
  });

  it('serves the @oxios/web build by default, and the script it references', async () => {
    await using server = await createTestServer();
    const page = await server.request('/', { token: null });
    const html = await page.text();
    expect(html).toContain('<div id="app">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const src = /<script[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/assets\/.+\.js$/);
    const asset = await server.request(src ?? '', { token: null });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});
