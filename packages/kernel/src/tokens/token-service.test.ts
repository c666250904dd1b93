import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { ensureAdminToken } from './admin-token.js';
import { createTokenService, digestToken, type TokenService } from './token-service.js';

describe('TokenService', () => {
  let home: TempHome;
  let store: Store;
  let clock: number;
  let tokens: TokenService;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    clock = 1_000_000;
    tokens = createTokenService(store, () => clock);
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  it('creates a 256-bit prefixed token and stores only its SHA-256 digest', () => {
    const { token, record } = tokens.create({ name: 'ci', userName: 'ann', role: 'user' })._unsafeUnwrap();
    expect(token).toMatch(/^oxs_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({ name: 'ci', userName: 'ann', role: 'user', revokedAt: null });
    const rows = store.database.prepare('SELECT * FROM api_tokens').all();
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(rows[0]).toMatchObject({ digest: digestToken(token) });
  });

  it('verifies a valid token and refuses malformed, unknown, expired and revoked ones', () => {
    const valid = tokens.create({ name: 'a', userName: 'ann', role: 'user' })._unsafeUnwrap();
    const expiring = tokens.create({ name: 'b', userName: 'ann', role: 'user', expiresAt: clock + 10 })._unsafeUnwrap();
    expect(tokens.verify(valid.token)._unsafeUnwrap().id).toBe(valid.record.id);
    expect(tokens.verify('Bearer nonsense')._unsafeUnwrapErr()).toMatchObject({
      code: 'unauthenticated',
      reason: 'malformed',
    });
    expect(tokens.verify(`oxs_${'A'.repeat(43)}`)._unsafeUnwrapErr()).toMatchObject({ reason: 'unknown' });
    clock += 10;
    expect(tokens.verify(expiring.token)._unsafeUnwrapErr()).toMatchObject({ reason: 'expired' });
    tokens.revoke(valid.record.id)._unsafeUnwrap();
    expect(tokens.verify(valid.token)._unsafeUnwrapErr()).toMatchObject({ reason: 'revoked' });
    expect(tokens.revoke(valid.record.id)._unsafeUnwrap().revokedAt).toBe(clock);
  });

  it('records last use at most once a minute', () => {
    const { token } = tokens.create({ name: 'a', userName: 'ann', role: 'user' })._unsafeUnwrap();
    expect(tokens.verify(token)._unsafeUnwrap().lastUsedAt).toBe(clock);
    clock += 30_000;
    expect(tokens.verify(token)._unsafeUnwrap().lastUsedAt).toBe(clock - 30_000);
    clock += 30_000;
    expect(tokens.verify(token)._unsafeUnwrap().lastUsedAt).toBe(clock);
  });

  it('validates names, users and expiry', () => {
    expect(tokens.create({ name: '', userName: 'ann', role: 'user' })._unsafeUnwrapErr()).toMatchObject({
      field: 'name',
    });
    expect(tokens.create({ name: 'x', userName: '../root', role: 'user' })._unsafeUnwrapErr()).toMatchObject({
      field: 'userName',
    });
    expect(
      tokens.create({ name: 'x', userName: 'ann', role: 'user', expiresAt: clock })._unsafeUnwrapErr(),
    ).toMatchObject({ field: 'expiresAt' });
  });

  describe('ensureAdminToken', () => {
    it('creates an admin token once, in a 0600 file, and keeps it on later starts', () => {
      const first = ensureAdminToken(tokens, home.path)._unsafeUnwrap();
      expect(first.created).toBe(true);
      expect(statSync(join(home.path, 'admin.token')).mode & 0o777).toBe(0o600);
      expect(tokens.verify(first.token)._unsafeUnwrap().role).toBe('admin');
      const second = ensureAdminToken(tokens, home.path)._unsafeUnwrap();
      expect(second).toMatchObject({ created: false, token: first.token });
      expect(tokens.hasActiveAdmin()._unsafeUnwrap()).toBe(true);
    });

    it('replaces a revoked or foreign token in the file', () => {
      const first = ensureAdminToken(tokens, home.path)._unsafeUnwrap();
      tokens.revoke(tokens.verify(first.token)._unsafeUnwrap().id)._unsafeUnwrap();
      const second = ensureAdminToken(tokens, home.path)._unsafeUnwrap();
      expect(second.created).toBe(true);
      expect(second.token).not.toBe(first.token);
      writeFileSync(join(home.path, 'admin.token'), 'garbage');
      expect(ensureAdminToken(tokens, home.path)._unsafeUnwrap().created).toBe(true);
    });
  });
});
