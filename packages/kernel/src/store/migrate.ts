import type { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from 'neverthrow';
import { storeError, storeSchemaNewer } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** Reads the schema version recorded in the database (`PRAGMA user_version`). */
export function readSchemaVersion(database: DatabaseSync): number {
  const row = database.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

function apply(database: DatabaseSync, migration: Migration): Result<void, KernelError> {
  try {
    database.exec('BEGIN IMMEDIATE');
    try {
      database.exec(migration.sql);
      database.exec(`PRAGMA user_version = ${migration.version}`);
      database.exec('COMMIT');
      return ok(undefined);
    } catch (error) {
      database.exec('ROLLBACK');
      return err(storeError(`migrate to version ${migration.version} (${migration.name})`, error));
    }
  } catch (error) {
    return err(storeError(`migrate to version ${migration.version} (${migration.name})`, error));
  }
}

/**
 * Brings the database to SCHEMA_VERSION, one transaction per migration. A database newer than
 * this build is refused with `store-schema-newer` and left untouched.
 */
export function migrate(
  database: DatabaseSync,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<number, KernelError> {
  // Versions are consecutive from 1, so the last one is the highest this build understands.
  const supported = migrations.length;
  const current = readSchemaVersion(database);
  if (current > supported) return err(storeSchemaNewer(path, current, supported));
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    const applied = apply(database, migration);
    if (applied.isErr()) return err(applied.error);
  }
  return ok(readSchemaVersion(database));
}
