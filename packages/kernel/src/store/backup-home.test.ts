import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupHome, restoreHome } from './backup-home.js';
import { openStore } from './open-store.js';
import { createSessionRepository } from './repositories/session-repository.js';

describe('backupHome / restoreHome', () => {
  let home: TempHome;
  let elsewhere: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
    elsewhere = await createTempHome();
  });
  afterEach(async () => {
    await home.remove();
    await elsewhere.remove();
  });

  it('backs up a live store and restores it into a fresh home', async () => {
    const store = openStore({ home: home.path })._unsafeUnwrap();
    const sessions = createSessionRepository(store);
    const session = sessions.create({ userId: 'ann' })._unsafeUnwrap();
    sessions.appendMessage(session.id, { role: 'user', content: 'keep me' })._unsafeUnwrap();
    writeFileSync(join(home.path, 'config.toml'), '[server]\nport = 4999\n');
    mkdirSync(join(home.path, 'skills', 'tidy'), { recursive: true });
    writeFileSync(join(home.path, 'skills', 'tidy', 'SKILL.md'), '# tidy');
    const target = join(elsewhere.path, 'backup');
    const report = (await backupHome(store, home.path, target))._unsafeUnwrap();
    // Writes after the backup are not in it.
    sessions.appendMessage(session.id, { role: 'user', content: 'after backup' })._unsafeUnwrap();
    store.close();
    expect(report.entries).toEqual(['oxios.db', 'config.toml', 'skills']);
    expect(statSync(target).mode & 0o777).toBe(0o700);

    const restoredHome = join(elsewhere.path, 'restored');
    expect(restoreHome(target, restoredHome)._unsafeUnwrap()).toEqual(['oxios.db', 'config.toml', 'skills']);
    const restored = openStore({ home: restoredHome })._unsafeUnwrap();
    expect(
      createSessionRepository(restored)
        .messages(session.id)
        ._unsafeUnwrap()
        .map((message) => message.content),
    ).toEqual(['keep me']);
    expect(restored.integrityCheck()._unsafeUnwrap()).toBe('ok');
    restored.close();
    expect(readFileSync(join(restoredHome, 'skills', 'tidy', 'SKILL.md'), 'utf8')).toBe('# tidy');
  });

  it('refuses to restore while the home is in use, and refuses a non-empty target or a broken backup', async () => {
    const store = openStore({ home: home.path })._unsafeUnwrap();
    const target = join(elsewhere.path, 'backup');
    (await backupHome(store, home.path, target))._unsafeUnwrap();
    expect(restoreHome(target, home.path)._unsafeUnwrapErr()).toMatchObject({ code: 'store-locked' });
    expect((await backupHome(store, home.path, target))._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    store.close();
    const broken = join(elsewhere.path, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'oxios.db'), 'not a database at all, definitely not sqlite');
    expect(restoreHome(broken, join(elsewhere.path, 'x')).isErr()).toBe(true);
    expect(restoreHome(join(elsewhere.path, 'missing'), join(elsewhere.path, 'y'))._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
    });
  });
});
