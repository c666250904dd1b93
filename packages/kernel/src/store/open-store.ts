import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ensureHome } from '../config/home.js';
import { storeError, storeSchemaNewer } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { acquireHomeLock, type HomeLock } from './lock-file.js';
import { migrate, readSchemaVersion } from './migrate.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Store } from './store.js';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** OXIOS_HOME; the database is `<home>/oxios.db`, the lock `<home>/oxios.lock`. */
  readonly home: string;
  /** Open without the write lock and without migrating (e.g. a CLI reading while the server runs). */
  readonly readOnly?: boolean;
  /** How long a write waits for another connection's lock before failing. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
}

/** The database file name inside OXIOS_HOME. */
export const DATABASE_FILE_NAME = 'oxios.db';
/** The lock file name inside OXIOS_HOME. */
export const LOCK_FILE_NAME = 'oxios.lock';

function openDatabase(path: string, options: OpenStoreOptions): Result<DatabaseSync, KernelError> {
  try {
    const database = new DatabaseSync(path, {
      readOnly: options.readOnly === true,
      enableForeignKeyConstraints: true,
      timeout: options.busyTimeoutMs ?? 5000,
    });
    if (options.readOnly !== true) {
      // WAL: readers never block the writer; NORMAL sync is durable across process crashes.
      database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    }
    database.exec('PRAGMA foreign_keys = ON;');
    return ok(database);
  } catch (error) {
    return err(storeError(`open ${path}`, error));
  }
}

function createStore(database: DatabaseSync, path: string, readOnly: boolean, lock: HomeLock | undefined): Store {
  const statements = new Map<string, StatementSync>();
  let depth = 0;
  let closed = false;
  const store: Store = {
    path,
    readOnly,
    database,
    get schemaVersion() {
      return readSchemaVersion(database);
    },
    statement(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    attempt(operation, work) {
      try {
        return ok(work());
      } catch (error) {
        return err(storeError(operation, error));
      }
    },
    transaction(operation, work) {
      const savepoint = `sp_${depth}`;
      try {
        database.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
      } catch (error) {
        return err(storeError(operation, error));
      }
      depth += 1;
      const rollback = () => {
        database.exec(depth === 1 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
      };
      try {
        const result = work();
        if (result.isErr()) {
          rollback();
          return result;
        }
        database.exec(depth === 1 ? 'COMMIT' : `RELEASE ${savepoint}`);
        return result;
      } catch (error) {
        try {
          rollback();
        } catch {
          // The original failure is what matters; a failed rollback leaves SQLite to roll back.
        }
        return err(storeError(operation, error));
      } finally {
        depth -= 1;
      }
    },
    integrityCheck() {
      return store.attempt('integrity check', () => {
        const rows = database.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
        const problems = rows.map((row) => row.integrity_check);
        return problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems;
      });
    },
    close() {
      if (closed) return;
      closed = true;
      statements.clear();
      try {
        database.close();
      } finally {
        lock?.release();
      }
    },
  };
  return store;
}

/**
 * Opens the kernel's database at `<home>/oxios.db`: takes the OXIOS_HOME write lock (a second
 * writer gets `store-locked` with the holder's pid), enables WAL and foreign keys, and applies
 * pending migrations. Read-only opens take no lock and never migrate.
 */
export function openStore(options: OpenStoreOptions): Result<Store, KernelError> {
  const readOnly = options.readOnly === true;
  const path = join(options.home, DATABASE_FILE_NAME);
  const home = readOnly ? ok(options.home) : ensureHome(options.home);
  if (home.isErr()) return err(home.error);
  let lock: HomeLock | undefined;
  if (!readOnly) {
    const acquired = acquireHomeLock(join(options.home, LOCK_FILE_NAME));
    if (acquired.isErr()) return err(acquired.error);
    lock = acquired.value;
  }
  const opened = openDatabase(path, options);
  if (opened.isErr()) {
    lock?.release();
    return err(opened.error);
  }
  const database = opened.value;
  const version = readOnly ? ok(readSchemaVersion(database)) : migrate(database, path);
  if (version.isErr() || (readOnly && version.value !== SCHEMA_VERSION)) {
    database.close();
    lock?.release();
    if (version.isErr()) return err(version.error);
    const found = version.value;
    return err(
      found > SCHEMA_VERSION
        ? storeSchemaNewer(path, found, SCHEMA_VERSION)
        : storeError(
            `open ${path} read-only`,
            new Error(
              `schema version ${found} needs migrating to ${SCHEMA_VERSION}; open it for writing once (start the server)`,
            ),
          ),
    );
  }
  return ok(createStore(database, path, readOnly, lock));
}
