import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';

/**
 * The kernel's durable state: one SQLite database (`$OXIOS_HOME/oxios.db`, WAL, foreign keys,
 * busy timeout). Repositories are built on it; nothing else touches SQL.
 */
export interface Store {
  /** Path of the database file. */
  readonly path: string;
  readonly readOnly: boolean;
  /** Schema version of the open database. */
  readonly schemaVersion: number;
  /** A prepared statement, cached by its SQL text. Throws on invalid SQL (a programmer error). */
  statement(sql: string): StatementSync;
  /** Runs `work`, turning a thrown SQLite error into a `store` error for `operation`. */
  attempt<T>(operation: string, work: () => T): Result<T, KernelError>;
  /**
   * Runs `work` in one transaction (a savepoint when nested): committed when it returns `ok`,
   * rolled back when it returns `err` or throws. Takes the write lock up front.
   */
  transaction<T>(operation: string, work: () => Result<T, KernelError>): Result<T, KernelError>;
  /** `PRAGMA integrity_check`: `ok`, or the problems SQLite found. */
  integrityCheck(): Result<'ok' | string[], KernelError>;
  /** Closes the database and releases the OXIOS_HOME lock. Idempotent. */
  close(): void;
  /** The raw connection, for repositories inside the kernel. */
  readonly database: DatabaseSync;
}
