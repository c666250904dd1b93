import { createOxiosClient } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { createTestServer } from './helpers.js';

describe('@oxios/sdk-client against the real server over HTTP', () => {
  it('reads health and status, manages tokens, and surfaces typed errors', async () => {
    await using server = await createTestServer();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const admin = createOxiosClient({ baseUrl: running.url, token: server.adminToken });
      expect((await admin.health())._unsafeUnwrap()).toEqual({ status: 'ok', version: '1.2.3' });
      expect((await admin.status())._unsafeUnwrap()).toMatchObject({ caller: { userName: 'admin', role: 'admin' } });

      const created = (await admin.tokens.create({ name: 'robot', role: 'user', expiresInDays: 30 }))._unsafeUnwrap();
      const robot = createOxiosClient({ baseUrl: running.url, token: created.token });
      expect((await robot.auth.me())._unsafeUnwrap()).toMatchObject({
        userName: 'robot',
        role: 'user',
        subject: 'user:robot',
      });
      expect((await robot.tokens.list())._unsafeUnwrapErr()).toMatchObject({
        code: 'http',
        status: 403,
        errorCode: 'permission-denied',
      });

      const listed = (await admin.tokens.list())._unsafeUnwrap();
      expect(listed.items.map((token) => token.name)).toEqual(['admin', 'ann', 'robot']);
      expect((await admin.tokens.revoke(created.record.id))._unsafeUnwrap().revokedAt).not.toBeNull();
      expect((await robot.status())._unsafeUnwrapErr()).toMatchObject({
        code: 'http',
        status: 401,
        errorCode: 'unauthenticated',
      });

      const anonymous = createOxiosClient({ baseUrl: running.url });
      expect((await anonymous.status())._unsafeUnwrapErr()).toMatchObject({ status: 401 });
      expect((await admin.tokens.create({ name: '../etc' }))._unsafeUnwrapErr()).toMatchObject({
        status: 400,
        errorCode: 'invalid-argument',
      });
    } finally {
      await running.close();
    }
  });
});
