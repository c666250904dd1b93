import type { Logger } from '@oxios/kernel';
import { describe, expect, it } from 'vitest';
import { createTestServer } from '../../test/helpers.js';

interface Line {
  readonly fields: Record<string, unknown>;
  readonly message: string | undefined;
}

function recorder(lines: Line[]): Logger {
  const at = (fields: Record<string, unknown>, message?: string) => {
    lines.push({ fields, message });
  };
  const logger: Logger = { error: at, warn: at, info: at, debug: at, child: () => logger };
  return logger;
}

describe('access log', () => {
  it('logs each request with its id and caller (token name and user), never the token', async () => {
    const lines: Line[] = [];
    await using server = await createTestServer('', { logger: recorder(lines) });
    const response = await server.request('/api/status?token=secret-in-query', { token: server.userToken });
    expect(response.status).toBe(200);
    const line = lines.find((entry) => entry.message === 'request' && entry.fields.path === '/api/status');
    expect(line?.fields).toMatchObject({
      requestId: response.headers.get('x-request-id'),
      method: 'GET',
      status: 200,
      caller: { tokenName: 'ann', userName: 'ann' },
    });
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(server.userToken);
    expect(everything).not.toContain('secret-in-query');
    await server.request('/api/status', { token: null });
    expect(lines.at(-1)?.fields).toMatchObject({ status: 401 });
    expect(lines.at(-1)?.fields.caller).toBeUndefined();
  });
});
