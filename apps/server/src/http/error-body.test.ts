import { ioError, KERNEL_ERROR_CODES, notFound } from '@oxios/kernel';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { kernelErrorResponse } from './error-body.js';
import { STATUS_BY_CODE } from './status-table.js';

describe('kernelErrorResponse', () => {
  it('maps the code to its status and keeps typed details', async () => {
    const app = new Hono().get('/', (context) => kernelErrorResponse(context, notFound('session', 's-1')));
    const response = await app.request('/');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not-found', message: 'session "s-1" not found', details: { resource: 'session', id: 's-1' } },
    });
  });

  it('never sends the wrapped cause', async () => {
    const cause = new Error('EACCES at /root/.ssh/id_rsa');
    const app = new Hono().get('/', (context) => kernelErrorResponse(context, ioError('read', '/x', cause)));
    const body = await (await app.request('/')).json();
    expect(body).toEqual({
      error: {
        code: 'io',
        message: 'cannot read /x: EACCES at /root/.ssh/id_rsa',
        details: { operation: 'read', path: '/x' },
      },
    });
    expect(JSON.stringify(body)).not.toContain('stack');
  });

  it('has a status for every kernel error code', () => {
    for (const code of KERNEL_ERROR_CODES) expect(STATUS_BY_CODE[code]).toBeGreaterThanOrEqual(400);
  });
});
