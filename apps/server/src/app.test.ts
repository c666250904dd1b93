import { createBwrapBackend } from '@oxios/container-bwrap';
import { describe, expect, it } from 'vitest';
import { createTestServer } from '../test/helpers.js';

describe('server app', () => {
  it('answers GET /health with status ok and the version, without credentials', async () => {
    await using server = await createTestServer();
    const response = await server.request('/health', { token: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '1.2.3' });
  });

  it('answers GET /ready with every check: the store and the sandbox backend probed at start', async () => {
    await using server = await createTestServer('', {}, { containerBackends: { bwrap: () => createBwrapBackend() } });
    const response = await server.request('/ready', { token: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { store: { ok: true }, sandbox: { ok: true } } });
  });

  it('answers GET /ready with 503 and the reason when no sandbox is available', async () => {
    await using server = await createTestServer('[container]\nbackend = "bwrap"\n', {}, { containerBackends: {} });
    const response = await server.request('/ready', { token: null });
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      status: string;
      checks: Record<string, { ok: boolean; message?: string }>;
    };
    expect(body.status).toBe('not-ready');
    expect(body.checks.store).toEqual({ ok: true });
    expect(body.checks.sandbox?.ok).toBe(false);
    expect(body.checks.sandbox?.message).toContain('bwrap');
  });

  it('puts a request id on every response, including errors', async () => {
    await using server = await createTestServer();
    const ok = await server.request('/health');
    const missing = await server.request('/nowhere');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get('x-request-id')).not.toBe(missing.headers.get('x-request-id'));
  });

  it('keeps a plain caller-supplied request id and replaces one that could forge log lines', async () => {
    await using server = await createTestServer();
    const kept = await server.request('/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    const replaced = await server.request('/health', { headers: { 'x-request-id': 'evil "}{ injected' } });
    expect(replaced.headers.get('x-request-id')).not.toContain('evil');
  });

  it('answers unknown routes with 404 and the error shape', async () => {
    await using server = await createTestServer();
    const response = await server.request('/api/nope', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'no route for POST /api/nope' } });
  });

  it('answers a thrown error with 500 and no stack trace', async () => {
    await using server = await createTestServer();
    server.app.get('/boom', () => {
      throw new Error('secret detail at /home/x');
    });
    const response = await server.request('/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(text).not.toContain('secret detail');
  });

  it('reports status to any authenticated caller', async () => {
    await using server = await createTestServer();
    const response = await server.request('/api/status', { token: server.userToken });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: '1.2.3', caller: { userName: 'ann', role: 'user' } });
  });
});
