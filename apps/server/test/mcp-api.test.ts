import { createOxiosClient, McpServerListSchema } from '@oxios/sdk-client';
import { fakeMcpServerPath } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { listen } from '../src/listen.js';
import { tokenFor } from './fixtures.js';
import { createTestServer } from './helpers.js';

const SECRET = 'mcp-secret-value-4f2a9c';
const OTHER_SECRET = 'mcp-other-secret-77d1e0';

const toml = [
  '[mcp]',
  'reconnect_base_delay_ms = 60000',
  '[mcp.servers.fake]',
  `command = ${JSON.stringify(process.execPath)}`,
  `args = [${JSON.stringify(fakeMcpServerPath())}]`,
  `env = { FAKE_API_KEY = ${JSON.stringify(SECRET)} }`,
  '[mcp.servers.broken]',
  'command = "/nonexistent/oxios-mcp-server"',
  `args = ["--token-file", "/tmp/none"]`,
  `env = { BROKEN_API_KEY = ${JSON.stringify(OTHER_SECRET)} }`,
].join('\n');

describe('GET /api/mcp/servers', () => {
  it('lists configured servers with their state and tools, never their environment values', async () => {
    await using server = await createTestServer(toml);
    server.kernel.mcp.start();
    await server.kernel.mcp.ready({ timeoutMs: 60_000 });
    const response = await server.request('/api/mcp/servers');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(OTHER_SECRET);
    const list = McpServerListSchema.parse(JSON.parse(text));
    const fake = list.items.find((item) => item.name === 'fake');
    expect(fake).toMatchObject({ state: 'ready', source: { kind: 'config' }, envNames: ['FAKE_API_KEY'] });
    expect(fake?.tools.map((tool) => tool.accessName)).toContain('mcp.fake.echo');
    expect(fake?.connectedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const broken = list.items.find((item) => item.name === 'broken');
    expect(broken).toMatchObject({ envNames: ['BROKEN_API_KEY'], tools: [] });
    expect(broken?.state).not.toBe('ready');
    expect(broken?.lastError).toBeTruthy();
    // The config view does not show them either.
    const config = await (await server.request('/api/config')).text();
    expect(config).not.toContain(SECRET);
    expect(config).not.toContain(OTHER_SECRET);
  }, 120_000);

  it('is for superusers and admins, and the SDK client reads it over real HTTP', async () => {
    await using server = await createTestServer(toml);
    const running = (await listen(server.app, { host: '127.0.0.1', port: 0 }))._unsafeUnwrap();
    try {
      const user = createOxiosClient({ baseUrl: running.url, token: server.userToken });
      expect((await user.mcp.servers())._unsafeUnwrapErr()).toMatchObject({
        status: 403,
        errorCode: 'permission-denied',
      });
      const superuser = createOxiosClient({ baseUrl: running.url, token: tokenFor(server, 'sue', 'superuser') });
      const list = (await superuser.mcp.servers())._unsafeUnwrap();
      expect(list.items.map((item) => [item.name, item.state])).toEqual([
        ['broken', 'stopped'],
        ['fake', 'stopped'],
      ]);
      expect(JSON.stringify(list)).not.toContain(SECRET);
    } finally {
      await running.close(100);
    }
  });
});
