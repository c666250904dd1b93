import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, openStream } from './support/http.js';
import { startCaddy, startNginx, type RunningProxy } from './support/proxies.js';
import { startServer, type TestServer } from './support/server.js';
import { which } from './support/which.js';

const proxies = [
  { name: 'Caddy', binary: 'caddy', start: startCaddy },
  { name: 'nginx', binary: 'nginx', start: startNginx },
] as const;

// The example configs in front of a real oxios-server with `trust_proxy = true`, on loopback.
for (const proxy of proxies) {
  const missing = which(proxy.binary) === undefined || (proxy.binary === 'nginx' && which('openssl') === undefined);
  const title = `${proxy.name} example in front of a real server${missing ? ` (skipped: ${proxy.binary} or openssl is not installed on this machine)` : ''}`;

  describe.skipIf(missing)(title, () => {
    let scratch: string;
    let server: TestServer;
    let front: RunningProxy;

    beforeAll(async () => {
      scratch = mkdtempSync(join(tmpdir(), `oxios-${proxy.binary}-`));
      server = await startServer({ config: '[server]\ntrust_proxy = true\n' });
      front = await proxy.start(scratch, server.port);
    });
    afterAll(async () => {
      await front[Symbol.asyncDispose]();
      await server[Symbol.asyncDispose]();
      rmSync(scratch, { recursive: true, force: true });
    });

    it('serves the API through the proxy and adds HSTS', async () => {
      const health = await get(`${front.url}/health`, front.client);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
      expect(health.headers['strict-transport-security']).toBe('max-age=31536000');
      const status = await get(`${front.url}/api/status`, {
        ...front.client,
        headers: { authorization: `Bearer ${server.adminToken()}` },
      });
      expect(status.status).toBe(200);
    });

    it('keeps /metrics off the public side (direct scrapes still work)', async () => {
      const headers = { authorization: `Bearer ${server.adminToken()}` };
      expect((await get(`${front.url}/metrics`, { ...front.client, headers })).status).toBe(404);
      expect((await get(`${server.url}/metrics`, { headers })).status).toBe(200);
    });

    it('delivers each server-sent event at once (no buffering)', async () => {
      const headers = { authorization: `Bearer ${server.adminToken()}`, 'content-type': 'application/json' };
      const stream = await openStream(`${front.url}/api/events`, { ...front.client, headers });
      try {
        expect(stream.status).toBe(200);
        // Written as soon as the stream opens; a buffering proxy holds it until the 15 s heartbeat.
        await stream.waitFor('retry: 2000', 3000);
        const created = await get(`${front.url}/api/sessions`, {
          ...front.client,
          method: 'POST',
          headers,
          body: '{}',
        });
        expect(created.status).toBe(201);
        await stream.waitFor('event: session-created', 3000);
      } finally {
        stream.close();
      }
    });

    it('does not let a client choose the address Oxios rate-limits (X-Forwarded-For)', async () => {
      const attempt = (base: string, index: number, client = {}) =>
        get(`${base}/api/status`, {
          ...client,
          headers: { authorization: `Bearer oxs_${'A'.repeat(43)}`, 'x-forwarded-for': `203.0.113.${index}` },
        }).then((response) => response.status);
      // Control: straight to Oxios, each spoofed address gets its own failure budget.
      const direct: number[] = [];
      for (let index = 1; index <= 25; index += 1) direct.push(await attempt(server.url, index));
      expect(direct.every((status) => status === 401)).toBe(true);
      // Through the proxy the header is replaced by the real peer, so the budget (20) runs out.
      const proxied: number[] = [];
      for (let index = 1; index <= 25; index += 1) proxied.push(await attempt(front.url, index, front.client));
      expect(proxied.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(proxied.slice(20)).toEqual([429, 429, 429, 429, 429]);
    });
  });
}
