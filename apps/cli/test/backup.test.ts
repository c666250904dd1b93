import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionListSchema } from '@oxios/sdk-client';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oxios, oxiosJson, serve } from './support/oxios.js';
import { seedHome } from './support/seed-home.js';

describe('oxios backup / restore', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it('backs up a live home, refuses to restore under a running server, restores once it stopped', async () => {
    const seeded = await seedHome(home.env);
    const target = join(home.path, 'backups', 'one');
    const running = await serve(home.env);
    try {
      const report = z
        .strictObject({ directory: z.string(), pages: z.number(), entries: z.array(z.string()) })
        .parse(await oxiosJson(home.env, ['backup', target]));
      expect(report.directory).toBe(target);
      expect(report.entries).toEqual(expect.arrayContaining(['oxios.db', 'config.toml', 'admin.token']));
      expect(statSync(target).mode & 0o777).toBe(0o700);
      const refused = await oxios(home.env, ['restore', target]);
      expect(refused.exitCode).toBe(5);
      expect(refused.stderr).toContain('hint: stop the server first');
    } finally {
      expect((await running.stop()).exitCode).toBe(0);
    }
    expect((await oxios(home.env, ['session', 'rm', seeded.sessionId])).exitCode).toBe(0);
    expect(SessionListSchema.parse(await oxiosJson(home.env, ['session', 'list'])).items).toEqual([]);
    const restored = await oxiosJson<{ entries: string[] }>(home.env, ['restore', target]);
    expect(restored.entries).toContain('oxios.db');
    const sessions = SessionListSchema.parse(await oxiosJson(home.env, ['session', 'list']));
    expect(sessions.items.map((session) => session.id)).toEqual([seeded.sessionId]);
  }, 180_000);

  it('refuses a folder that is not empty (2), a backup without a database (2) and a remote server (2)', async () => {
    await seedHome(home.env);
    const full = join(home.path, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'x'), 'x');
    expect((await oxios(home.env, ['backup', full])).exitCode).toBe(2);
    expect((await oxios(home.env, ['restore', full])).exitCode).toBe(2);
    const remote = await oxios({ ...home.env, OXIOS_SERVER: 'http://127.0.0.1:9' }, ['backup', join(home.path, 'r')]);
    expect(remote.exitCode).toBe(2);
    expect(existsSync(join(home.path, 'r'))).toBe(false);
  });
});
