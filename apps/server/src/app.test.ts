import { noopLogger } from '@oxios/kernel';
import { describe, expect, it } from 'vitest';
import { createServerApp } from './app.js';

const app = createServerApp({ version: '9.9.9', logger: noopLogger });

describe('server app', () => {
  it('answers GET /health with status ok and the version', async () => {
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9' });
  });

  it('puts a request id on every response, including errors', async () => {
    const ok = await app.request('/health');
    const missing = await app.request('/nowhere');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get('x-request-id')).not.toBe(missing.headers.get('x-request-id'));
  });

  it('keeps a plain caller-supplied request id and replaces one that could forge log lines', async () => {
    const kept = await app.request('/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    const replaced = await app.request('/health', { headers: { 'x-request-id': 'evil "}{ injected' } });
    expect(replaced.headers.get('x-request-id')).not.toContain('evil');
  });

  it('answers unknown routes with 404 and the error shape', async () => {
    const response = await app.request('/api/nope', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'no route for POST /api/nope' } });
  });

  it('answers a thrown error with 500 and no stack trace', async () => {
    const failing = createServerApp({ version: '1', logger: noopLogger });
    failing.get('/boom', () => {
      throw new Error('secret detail at /home/x');
    });
    const response = await failing.request('/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(text).not.toContain('secret detail');
  });
});
