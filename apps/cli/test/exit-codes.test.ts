import { ApprovalSchema, CreatedTokenSchema, TokenSchema } from '@oxios/sdk-client';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oxios, oxiosJson, serve, type Served } from './support/oxios.js';
import { seedHome, type SeededHome } from './support/seed-home.js';

describe('exit codes for each class of failure', () => {
  let home: TempHome;
  let seeded: SeededHome;
  beforeAll(async () => {
    home = await createTempHome();
    seeded = await seedHome(home.env);
  }, 60_000);
  afterAll(() => home.remove());

  describe('usage (2), before anything is opened', () => {
    it.each([
      [['token', 'create', 'ci', '--role', 'god'], "argument 'god' is invalid"],
      [['audit', '--since', 'yesterday-ish'], 'since: expected a duration such as 30m'],
      [['audit', '--limit', '0'], 'limit: expected at least 1'],
      [['session', 'show', '../etc'], 'id: expected 1–64 letters'],
      [['token', 'list', '--bogus'], "unknown option '--bogus'"],
      [['config', 'get', 'server.hots'], 'server.hots: unknown key'],
      [['serve', '--port', '70000'], 'port: '],
      [['--server', 'ftp://example.com', 'status'], 'server: expected an http:// or https:// URL'],
    ])('oxios %j exits 2', async (args, message) => {
      const result = await oxios(home.env, args);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(message);
    });
  });

  describe('in embedded mode', () => {
    it('not found (4)', async () => {
      for (const args of [
        ['session', 'show', 'no-such-session'],
        ['token', 'revoke', 'no-such-token'],
        ['agent', 'kill', 'no-such-agent'],
        ['approval', 'approve', 'no-such-approval'],
      ]) {
        const result = await oxios(home.env, args);
        expect(result.exitCode, args.join(' ')).toBe(4);
        expect(result.stderr, args.join(' ')).toMatch(/^error\[not-found\]: /);
      }
    });

    it('conflict (5): deciding an approval twice', async () => {
      const id = seeded.approvalIds[0] ?? '';
      const approved = ApprovalSchema.parse(await oxiosJson(home.env, ['approval', 'approve', id, '--note', 'ok']));
      expect(approved).toMatchObject({ id, status: 'approved', decidedBy: 'user:admin', note: 'ok' });
      const again = await oxios(home.env, ['approval', 'reject', id]);
      expect(again.exitCode).toBe(5);
      expect(again.stderr).toContain('error[invalid-state]');
    });
  });

  describe('against a server', () => {
    let server: Served;
    beforeAll(async () => {
      server = await serve(home.env);
    }, 90_000);
    afterAll(async () => {
      await server.stop();
    });

    it('not found (4) and conflict (5) the same way', async () => {
      expect((await oxios(home.env, ['session', 'show', 'no-such-session'])).exitCode).toBe(4);
      const id = seeded.approvalIds[1] ?? '';
      expect((await oxios(home.env, ['approval', 'reject', id])).exitCode).toBe(0);
      const again = await oxios(home.env, ['approval', 'reject', id]);
      expect(again.exitCode).toBe(5);
      expect(again.stderr).toContain('error[invalid-state]');
    });

    it('conflict (5): a second `oxios serve` on the same OXIOS_HOME', async () => {
      const second = await oxios(home.env, ['serve', '--port', '1']);
      expect(second.exitCode).toBe(5);
      expect(second.stderr).toContain('error[already-running]');
    });

    it('auth (3): a revoked token, locally and with --server', async () => {
      const created = CreatedTokenSchema.parse(
        await oxiosJson(home.env, ['token', 'create', 'ci bot', '--role', 'superuser', '--expires-in-days', '30']),
      );
      expect(created.token).toMatch(/^oxs_/);
      expect(created.record).toMatchObject({ name: 'ci bot', userName: 'ci-bot', role: 'superuser', revokedAt: null });
      const asBot = { ...home.env, OXIOS_TOKEN: created.token };
      expect((await oxios(asBot, ['agent', 'list'])).exitCode).toBe(0);
      // A superuser is not an admin: listing tokens is refused (3), not failed.
      expect((await oxios(asBot, ['token', 'list'])).exitCode).toBe(3);
      const revoked = TokenSchema.parse(await oxiosJson(home.env, ['token', 'revoke', created.record.id]));
      expect(revoked.revokedAt).not.toBeNull();
      for (const args of [
        ['agent', 'list'],
        ['--server', server.url, 'agent', 'list'],
      ]) {
        const refused = await oxios(asBot, args);
        expect(refused.exitCode, args.join(' ')).toBe(3);
        expect(refused.stderr).toContain('error[unauthenticated]: the token has been revoked');
      }
    });

    it('auth (3): --server without a token', async () => {
      const result = await oxios(home.env, ['--server', server.url, 'session', 'list']);
      expect(result.exitCode).toBe(3);
      expect(result.stderr).toContain('hint: check OXIOS_TOKEN');
    });

    it('failure (1): a server that is not there, with the cause under --verbose', async () => {
      const result = await oxios(home.env, ['--server', 'http://127.0.0.1:9', 'status', '--verbose']);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('error[unreachable]');
      expect(result.stderr).toContain('details:');
    });
  });
});
