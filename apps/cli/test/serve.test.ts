import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_INFO_FILE_NAME } from '@oxios/kernel';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oxiosJson, serve } from './support/oxios.js';

describe('oxios serve', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it('stops within 5 s of SIGTERM with exit 0, leaving the home free', async () => {
    const running = await serve(home.env);
    expect(existsSync(join(home.path, SERVER_INFO_FILE_NAME))).toBe(true);
    const status = await oxiosJson<{ mode: string; server: { url: string } }>(home.env, ['status']);
    expect(status).toMatchObject({ mode: 'local-server', server: { url: running.url } });
    const started = performance.now();
    const exited = await running.stop();
    expect(performance.now() - started).toBeLessThan(5000);
    expect(exited).toMatchObject({ exitCode: 0, signal: undefined });
    // The server (a child of `oxios serve`) received the forwarded signal and shut down cleanly.
    expect(exited.stdout + exited.stderr).toMatch(/"reason":"SIGTERM"[^\n]*"msg":"shutting down"/);
    expect(existsSync(join(home.path, SERVER_INFO_FILE_NAME))).toBe(false);
    expect(await oxiosJson(home.env, ['status'])).toMatchObject({ mode: 'embedded', server: null });
  }, 120_000);

  it('passes --host and --port to the server', async () => {
    const running = await serve(home.env, ['--host', '127.0.0.1']);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${running.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      await running.stop();
    }
  }, 120_000);
});
