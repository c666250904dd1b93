import { createOxiosClient, readCookie } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { createTestServer } from './helpers.js';

/** A `fetch` that keeps cookies like a browser would for one origin. */
function browserLikeFetch(): { fetch: typeof fetch; cookies: () => string } {
  const jar = new Map<string, string>();
  const cookies = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  return {
    cookies,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      // Browsers attach cookies only when credentials allow it; the client must ask for them.
      if (init?.credentials === 'same-origin' && jar.size > 0) headers.set('cookie', cookies());
      const response = await fetch(input, { ...init, headers });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (attributes.some((attribute) => /max-age=0$/i.test(attribute.trim()))) jar.delete(name.trim());
        else jar.set(name.trim(), value);
      }
      return response;
    },
  };
}

describe('@oxios/sdk-client in session (cookie + CSRF) mode against the real server', () => {
  it('logs in, reads and changes resources with the CSRF token, and logs out', async () => {
    await using server = await createTestServer();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const browser = browserLikeFetch();
      const client = createOxiosClient({
        baseUrl: running.url,
        fetch: browser.fetch,
        session: { csrfToken: () => readCookie(browser.cookies(), 'oxios_csrf') },
      });
      expect((await client.auth.me())._unsafeUnwrapErr()).toMatchObject({ status: 401, errorCode: 'unauthenticated' });
      const login = (await client.auth.login({ token: server.adminToken }))._unsafeUnwrap();
      expect(login.caller).toMatchObject({ userName: 'admin', role: 'admin' });
      expect(readCookie(browser.cookies(), 'oxios_csrf')).toBe(login.csrfToken);

      const session = (await client.sessions.create({ title: 'From the dashboard' }))._unsafeUnwrap();
      expect(session).toMatchObject({ userId: 'admin', phase: 'interview', status: 'active' });
      expect((await client.sessions.list())._unsafeUnwrap().items.map((item) => item.id)).toEqual([session.id]);
      expect((await client.sessions.messages(session.id))._unsafeUnwrap()).toEqual({ items: [] });

      const pending = server.kernel.access.approvals
        .request({ subject: 'user:ann', action: 'host-exec', resource: 'git push', reason: 'release' })
        ._unsafeUnwrap();
      const listed = (await client.approvals.list({ status: 'pending' }))._unsafeUnwrap();
      expect(listed.items.map((item) => item.id)).toEqual([pending.id]);
      const approved = (await client.approvals.approve(pending.id, { note: 'go' }))._unsafeUnwrap();
      expect(approved).toMatchObject({ status: 'approved', decidedBy: 'user:admin', note: 'go' });
      const audit = (await client.audit.query({ action: 'approval-approve' }))._unsafeUnwrap();
      expect(audit.items[0]).toMatchObject({ subject: 'user:admin', resource: pending.id, allowed: true });

      expect((await client.agents.list())._unsafeUnwrap()).toEqual({ items: [] });
      expect((await client.scheduler.get())._unsafeUnwrap().stats.running).toBe(0);
      const config = (await client.config.get())._unsafeUnwrap();
      const invalid = (
        await client.config.update({ config: { ...config.config, server: { port: 'http' } } })
      )._unsafeUnwrapErr();
      expect(invalid).toMatchObject({ code: 'http', status: 400, errorCode: 'config-invalid' });
      expect(invalid.code === 'http' && invalid.message).toContain('server.port');

      expect((await client.sessions.remove(session.id))._unsafeUnwrap()).toEqual({ deleted: true });
      expect((await client.auth.logout())._unsafeUnwrap()).toEqual({ loggedOut: true });
      expect((await client.status())._unsafeUnwrapErr()).toMatchObject({ status: 401 });
    } finally {
      await running.close();
    }
  });

  it('is refused a state-changing call without the CSRF token', async () => {
    await using server = await createTestServer();
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const browser = browserLikeFetch();
      const client = createOxiosClient({
        baseUrl: running.url,
        fetch: browser.fetch,
        session: { csrfToken: () => undefined },
      });
      (await client.auth.login({ token: server.adminToken }))._unsafeUnwrap();
      expect((await client.sessions.list())._unsafeUnwrap().items).toEqual([]);
      expect((await client.sessions.create())._unsafeUnwrapErr()).toMatchObject({
        status: 403,
        errorCode: 'csrf-invalid',
      });
    } finally {
      await running.close();
    }
  });
});
