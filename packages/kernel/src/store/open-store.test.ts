import { DatabaseSync } from 'node:sqlite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { err, ok } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { SCHEMA_VERSION } from './migrations/index.js';

describe('openStore', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it('creates oxios.db in WAL mode with foreign keys and the current schema', () => {
    const store = openStore({ home: home.path })._unsafeUnwrap();
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.database.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(store.database.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(existsSync(join(home.path, 'oxios.db'))).toBe(true);
    store.close();
  });

  it('reopens an existing database without re-running migrations', () => {
    openStore({ home: home.path })._unsafeUnwrap().close();
    const store = openStore({ home: home.path })._unsafeUnwrap();
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    store.close();
  });

  it('refuses a database from a newer Oxios and leaves it untouched', () => {
    openStore({ home: home.path })._unsafeUnwrap().close();
    const raw = new DatabaseSync(join(home.path, 'oxios.db'));
    raw.exec('PRAGMA user_version = 99');
    raw.close();
    const result = openStore({ home: home.path });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'store-schema-newer',
      found: 99,
      supported: SCHEMA_VERSION,
    });
    const again = new DatabaseSync(join(home.path, 'oxios.db'));
    expect(again.prepare('PRAGMA user_version').get()).toEqual({ user_version: 99 });
    again.close();
    // The failed open released its lock.
    expect(existsSync(join(home.path, 'oxios.lock'))).toBe(false);
  });

  it('gives a second writer a store-locked error naming the holder pid', () => {
    const first = openStore({ home: home.path })._unsafeUnwrap();
    const second = openStore({ home: home.path });
    expect(second._unsafeUnwrapErr()).toMatchObject({ code: 'store-locked', pid: process.pid });
    expect(JSON.parse(readFileSync(join(home.path, 'oxios.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    first.close();
    expect(existsSync(join(home.path, 'oxios.lock'))).toBe(false);
    openStore({ home: home.path })._unsafeUnwrap().close();
  });

  it('lets a reader open the database while a writer holds the lock', () => {
    const writer = openStore({ home: home.path })._unsafeUnwrap();
    writer.database.exec("INSERT INTO role_assignments VALUES ('user:ann', 'admin', 1, 'system')");
    const reader = openStore({ home: home.path, readOnly: true })._unsafeUnwrap();
    expect(reader.database.prepare('SELECT role FROM role_assignments').all()).toEqual([{ role: 'admin' }]);
    expect(() => {
      reader.database.exec("INSERT INTO role_assignments VALUES ('user:bob', 'user', 1, 'system')");
    }).toThrow();
    reader.close();
    writer.close();
  });

  it('is not blocked by a leftover lock file, even one naming this pid on another host (a restarted container)', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(home.path, 'oxios.lock'),
      JSON.stringify({ pid: process.pid, host: 'old-container', token: 'x' }),
    );
    const store = openStore({ home: home.path })._unsafeUnwrap();
    store.close();
  });

  describe('transaction', () => {
    const count = (
      store: ReturnType<typeof openStore> extends infer R ? (R extends { value: infer S } ? S : never) : never,
    ) => (store.database.prepare('SELECT COUNT(*) AS n FROM role_assignments').get() as { n: number }).n;

    it('commits on ok and rolls back on err or throw', () => {
      const store = openStore({ home: home.path })._unsafeUnwrap();
      const insert = (subject: string) =>
        store.statement("INSERT INTO role_assignments VALUES (?, 'user', 1, 'system')").run(subject);
      expect(store.transaction('t', () => ok(insert('user:a'))).isOk()).toBe(true);
      const failed = store.transaction('t', () => {
        insert('user:b');
        return err({ code: 'internal' as const, message: 'no' });
      });
      expect(failed.isErr()).toBe(true);
      const thrown = store.transaction('insert twice', () => {
        insert('user:c');
        insert('user:c');
        return ok(undefined);
      });
      expect(thrown._unsafeUnwrapErr()).toMatchObject({ code: 'store', operation: 'insert twice' });
      expect(count(store)).toBe(1);
      store.close();
    });

    it('nests as savepoints: an inner failure keeps the outer work', () => {
      const store = openStore({ home: home.path })._unsafeUnwrap();
      const insert = (subject: string) =>
        store.statement("INSERT INTO role_assignments VALUES (?, 'user', 1, 'system')").run(subject);
      const result = store.transaction('outer', () => {
        insert('user:outer');
        const inner = store.transaction('inner', () => {
          insert('user:inner');
          return err({ code: 'internal' as const, message: 'inner failed' });
        });
        expect(inner.isErr()).toBe(true);
        return ok(undefined);
      });
      expect(result.isOk()).toBe(true);
      expect(store.database.prepare('SELECT subject FROM role_assignments').all()).toEqual([{ subject: 'user:outer' }]);
      store.close();
    });
  });

  it('reports integrity ok for a healthy database', () => {
    const store = openStore({ home: home.path })._unsafeUnwrap();
    expect(store.integrityCheck()._unsafeUnwrap()).toBe('ok');
    store.close();
  });
});
