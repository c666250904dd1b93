import {
  createExecutionRecord,
  recordSeedRun,
  validateSeed,
  type Seed,
  type SeedExecutionRecord,
  type SeedRun,
} from '@oxios/ouroboros';
import { err, ok, type Result } from 'neverthrow';
import { invalidArgument, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';

/** A stored seed: the immutable spec plus where it came from and how its runs went. */
export interface SeedRecord {
  readonly seed: Seed;
  readonly sessionId: string | null;
  /** True when the interview gate was forced open (ambiguity above the threshold). */
  readonly forced: boolean;
  readonly execution: SeedExecutionRecord;
}

interface SeedRow {
  id: string;
  session_id: string | null;
  body: string;
  forced: number;
  execution: string;
  created_at: number;
}

/** Seeds, their lineage and their execution records. */
export interface SeedRepository {
  /** Stores a new seed (validated again: what is stored is exactly a valid, frozen seed). */
  save(seed: Seed, options: { sessionId: string | null; forced?: boolean }): Result<SeedRecord, KernelError>;
  get(id: string): Result<SeedRecord, KernelError>;
  /** Seeds newest first, optionally of one session. */
  list(options?: PageOptions & { sessionId?: string }): Result<Page<SeedRecord>, KernelError>;
  /** Every generation of the lineage `id` belongs to, generation 1 first. */
  lineage(id: string): Result<readonly SeedRecord[], KernelError>;
  /** Adds one run to the seed's execution record. */
  recordRun(id: string, run: SeedRun): Result<SeedRecord, KernelError>;
}

function toRecord(row: SeedRow): Result<SeedRecord, KernelError> {
  const seed = validateSeed(JSON.parse(row.body) as unknown);
  if (seed.isErr()) return err(invalidArgument('seed', `stored seed ${row.id} is invalid: ${seed.error.message}`));
  const execution = JSON.parse(row.execution) as Partial<SeedExecutionRecord>;
  return ok({
    seed: seed.value,
    sessionId: row.session_id,
    forced: row.forced === 1,
    execution: execution.seedId === undefined ? createExecutionRecord(row.id) : (execution as SeedExecutionRecord),
  });
}

/** Creates the seed repository over `store`. */
export function createSeedRepository(store: Store): SeedRepository {
  const read = (id: string) =>
    store
      .attempt('read seed', () => store.statement('SELECT * FROM seeds WHERE id = ?').get(id) as SeedRow | undefined)
      .andThen((row) => (row ? toRecord(row) : err(notFound('seed', id))));

  return {
    save(seed, options) {
      const valid = validateSeed(seed);
      if (valid.isErr()) return err(invalidArgument('seed', valid.error.message));
      const execution = createExecutionRecord(seed.id);
      return store
        .attempt('save seed', () =>
          store
            .statement(
              `INSERT INTO seeds (id, session_id, parent_id, generation, goal, body, forced, execution, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              seed.id,
              options.sessionId,
              seed.parentId,
              seed.generation,
              seed.goal,
              JSON.stringify(seed),
              options.forced === true ? 1 : 0,
              JSON.stringify(execution),
              Date.parse(seed.createdAt),
            ),
        )
        .andThen(() => read(seed.id));
    },
    get: read,
    list(options = {}) {
      const limit = pageLimit(options.limit);
      if (limit.isErr()) return err(limit.error);
      const position = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      if (position?.isErr()) return err(position.error);
      const [beforeAt, beforeId] = position?.isOk() ? position.value : [Number.MAX_SAFE_INTEGER, ''];
      return store
        .attempt(
          'list seeds',
          () =>
            store
              .statement(
                `SELECT * FROM seeds WHERE (?1 IS NULL OR session_id = ?1)
                 AND (created_at < ?2 OR (created_at = ?2 AND (?3 = '' OR id < ?3)))
               ORDER BY created_at DESC, id DESC LIMIT ?4`,
              )
              .all(options.sessionId ?? null, beforeAt, beforeId, limit.value + 1) as unknown as SeedRow[],
        )
        .andThen((rows) => {
          const records: SeedRecord[] = [];
          for (const row of rows) {
            const record = toRecord(row);
            if (record.isErr()) return err(record.error);
            records.push(record.value);
          }
          return ok(
            toPage(
              records,
              limit.value,
              (record) => record,
              (record) => [Date.parse(record.seed.createdAt), record.seed.id],
            ),
          );
        });
    },
    lineage(id) {
      return read(id).andThen((start) => {
        // Walk up to generation 1, then collect every descendant of the root breadth-first.
        let root = start;
        const seen = new Set<string>([root.seed.id]);
        while (root.seed.parentId !== null) {
          const parent = read(root.seed.parentId);
          if (parent.isErr()) return err(parent.error);
          if (seen.has(parent.value.seed.id)) break;
          seen.add(parent.value.seed.id);
          root = parent.value;
        }
        const lineage: SeedRecord[] = [root];
        for (let index = 0; index < lineage.length; index += 1) {
          const current = lineage[index];
          if (!current) break;
          const children = store.attempt(
            'read lineage',
            () =>
              store
                .statement('SELECT * FROM seeds WHERE parent_id = ? ORDER BY generation, created_at')
                .all(current.seed.id) as unknown as SeedRow[],
          );
          if (children.isErr()) return err(children.error);
          for (const row of children.value) {
            const child = toRecord(row);
            if (child.isErr()) return err(child.error);
            lineage.push(child.value);
          }
        }
        return ok(
          lineage.sort(
            (a, b) => a.seed.generation - b.seed.generation || a.seed.createdAt.localeCompare(b.seed.createdAt),
          ),
        );
      });
    },
    recordRun(id, run) {
      return store.transaction('record seed run', () =>
        read(id).andThen((record) => {
          const next = recordSeedRun(record.execution, run);
          if (next.isErr()) return err(invalidArgument(next.error.field, next.error.message));
          return store
            .attempt('record seed run', () =>
              store
                .statement('UPDATE seeds SET runs = ?, passes = ?, last_run_at = ?, execution = ? WHERE id = ?')
                .run(next.value.runs, next.value.passes, Date.parse(run.at), JSON.stringify(next.value), id),
            )
            .map(() => ({ ...record, execution: next.value }));
        }),
      );
    },
  };
}
