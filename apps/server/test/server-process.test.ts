import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, getFreePort, runBin, startBin, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('oxios-server process', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it('binds to 127.0.0.1 by default and answers /health through a real socket', async () => {
    const port = await getFreePort();
    await using server = startBin(bin, [], { env: { ...home.env, OXIOS_PORT: String(port) } });
    const [, url] = (await server.waitForOutput(/running at (http:\/\/\S+)/)) as [string, string];
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: manifest.version });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('creates an admin token on first start, prints it once, and serves it', async () => {
    const port = await getFreePort();
    const env = { ...home.env, OXIOS_PORT: String(port) };
    const first = startBin(bin, [], { env });
    const [, token] = (await first.waitForOutput(/Admin token \(shown once; saved to [^)]+\): (oxs_\S+)/)) as [
      string,
      string,
    ];
    await first.waitForOutput(/Dashboard: http:\/\/127\.0\.0\.1:\d+\/#login=\S+/);
    const status = await fetch(`http://127.0.0.1:${port}/api/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(status.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/status`)).status).toBe(401);
    first.kill('SIGTERM');
    await first.exited();
    const second = startBin(bin, [], { env });
    await second.waitForOutput(/Dashboard:/);
    expect(second.stderr()).not.toContain('Admin token');
    expect(second.stderr()).not.toContain(token);
    second.kill('SIGTERM');
    expect((await second.exited()).exitCode).toBe(0);
  });

  it('refuses to start while another server holds the same OXIOS_HOME', async () => {
    const env = { ...home.env, OXIOS_PORT: String(await getFreePort()) };
    await using first = startBin(bin, [], { env });
    await first.waitForOutput(/running at/);
    const second = await runBin(bin, [], { env: { ...home.env, OXIOS_PORT: String(await getFreePort()) } });
    expect(second.exitCode).toBe(1);
    expect(second.stderr).toMatch(/OXIOS_HOME is in use by another Oxios process \(pid \d+/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops within 5 s on ${signal} with exit code 0`, async () => {
      const port = await getFreePort();
      const server = startBin(bin, [], { env: { ...home.env, OXIOS_PORT: String(port) } });
      await server.waitForOutput(/running at/);
      // An open keep-alive connection must not hold the shutdown up.
      await fetch(`http://127.0.0.1:${port}/health`, { headers: { connection: 'keep-alive' } });
      const started = Date.now();
      server.kill(signal);
      const result = await server.exited();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(result.exitCode).toBe(0);
    });
  }

  it('reports a port already in use in one line and exits 1', async () => {
    const port = await getFreePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runBin(bin, [], { env: { ...home.env, OXIOS_PORT: String(port) } });
      expect(result.exitCode).toBe(1);
      expect(result.stderr.trim()).toBe(`oxios-server: port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('refuses an invalid config with exit code 2, naming the key', async () => {
    writeFileSync(join(home.path, 'config.toml'), '[server]\nport = "http"\n');
    const result = await runBin(bin, [], { env: home.env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('server.port: expected integer 1–65535, got "http"');
  });
});
