import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import type { ProgramInfo } from './types.js';

/** The persisted state of an installed program (the files hold the rest). */
export interface ProgramStateRecord {
  readonly name: string;
  readonly enabled: boolean;
  readonly version: string;
  readonly source: ProgramInfo['source'];
  readonly installedAt: number;
}

interface ProgramRow {
  name: string;
  enabled: number;
  version: string;
  source: string;
  installed_at: number;
}

function parseSource(text: string): ProgramInfo['source'] {
  try {
    const value = JSON.parse(text) as { kind?: unknown };
    return typeof value.kind === 'string' ? (value as ProgramInfo['source']) : { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}

/** Rows of the `programs` table: enabled flags and provenance. */
export interface ProgramRepository {
  all(): Result<ReadonlyMap<string, ProgramStateRecord>, KernelError>;
  /** Inserts or replaces the record of `name`. */
  put(record: ProgramStateRecord): Result<void, KernelError>;
  setEnabled(name: string, enabled: boolean): Result<void, KernelError>;
  remove(name: string): Result<void, KernelError>;
}

/** Creates the program repository over `store`. */
export function createProgramRepository(store: Store, now: () => number = Date.now): ProgramRepository {
  return {
    all() {
      return store.attempt('list programs', () => {
        const rows = store.statement('SELECT * FROM programs').all() as unknown as ProgramRow[];
        return new Map(
          rows.map((row) => [
            row.name,
            {
              name: row.name,
              enabled: row.enabled === 1,
              version: row.version,
              source: parseSource(row.source),
              installedAt: row.installed_at,
            },
          ]),
        );
      });
    },
    put(record) {
      return store
        .attempt('save program', () =>
          store
            .statement(
              `INSERT OR REPLACE INTO programs (name, enabled, version, source, installed_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)`,
            )
            .run(
              record.name,
              record.enabled ? 1 : 0,
              record.version,
              JSON.stringify(record.source),
              record.installedAt,
              now(),
            ),
        )
        .andThen(() => ok(undefined));
    },
    setEnabled(name, enabled) {
      return store
        .attempt('update program', () =>
          store
            .statement('UPDATE programs SET enabled = ?, updated_at = ? WHERE name = ?')
            .run(enabled ? 1 : 0, now(), name),
        )
        .andThen(() => ok(undefined));
    },
    remove(name) {
      return store
        .attempt('delete program', () => store.statement('DELETE FROM programs WHERE name = ?').run(name))
        .andThen(() => ok(undefined));
    },
  };
}
