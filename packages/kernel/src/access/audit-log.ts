import { setImmediate as nextTurn } from 'node:timers/promises';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { abortedError, invalidArgument, storeError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';
import { printable } from './printable.js';
import type { AccessContext, AuditEntry } from './types.js';

/** What one decision or change writes. */
export interface AuditRecord {
  readonly subject: string;
  readonly action: string;
  readonly resource: string;
  readonly allowed: boolean;
  readonly rule?: string;
  readonly reason?: string;
  readonly context?: AccessContext;
}

/** Filters for {@link AuditLog.query}; all optional, combined with AND. Newest first. */
export interface AuditQuery extends PageOptions {
  readonly subject?: string;
  readonly action?: string;
  readonly allowed?: boolean;
  /** Epoch ms, inclusive. */
  readonly since?: number;
  /** Epoch ms, exclusive. */
  readonly until?: number;
}

/** The persistent, append-only audit trail. */
export interface AuditLog {
  /** Appends one entry (a cached prepared INSERT). */
  append(record: AuditRecord): Result<void, KernelError>;
  /** Entries matching `query`, newest first, in keyset pages. */
  query(query?: AuditQuery): Result<Page<AuditEntry>, KernelError>;
  /**
   * Deletes the oldest entries beyond `keep` in batches, yielding between batches; resolves to
   * the number deleted. `keep` 0 keeps everything.
   */
  applyRetention(
    keep: number,
    options?: { batchSize?: number; signal?: AbortSignal },
  ): ResultAsync<number, KernelError>;
}

interface AuditRow {
  id: number;
  at: number;
  subject: string;
  action: string;
  resource: string;
  allowed: number;
  rule: string | null;
  reason: string | null;
  request_id: string | null;
  session_id: string | null;
  agent_id: string | null;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  subject: row.subject,
  action: row.action,
  resource: row.resource,
  allowed: row.allowed === 1,
  rule: row.rule,
  reason: row.reason,
  requestId: row.request_id,
  sessionId: row.session_id,
  agentId: row.agent_id,
});

const INSERT = `INSERT INTO audit_entries
  (at, subject, action, resource, allowed, rule, reason, request_id, session_id, agent_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const optional = (value: string | undefined, max = 256) => (value === undefined ? null : printable(value, max));

async function sweep(
  store: Store,
  keep: number,
  batchSize: number,
  signal?: AbortSignal,
): Promise<Result<number, KernelError>> {
  let deleted = 0;
  for (;;) {
    if (signal?.aborted === true) return err(abortedError('audit retention'));
    try {
      // The id of the newest entry that falls outside the cap; everything at or below it goes.
      const cutoff = store.statement('SELECT id FROM audit_entries ORDER BY id DESC LIMIT 1 OFFSET ?').get(keep) as
        { id: number } | undefined;
      if (cutoff === undefined) return ok(deleted);
      const result = store
        .statement(
          'DELETE FROM audit_entries WHERE id IN (SELECT id FROM audit_entries WHERE id <= ? ORDER BY id LIMIT ?)',
        )
        .run(cutoff.id, batchSize);
      deleted += Number(result.changes);
      if (Number(result.changes) < batchSize) return ok(deleted);
    } catch (error) {
      return err(storeError('audit retention', error));
    }
    await nextTurn(); // let decisions in between batches
  }
}

/** Creates the audit log over `store`. `now` is injectable for tests. */
export function createAuditLog(store: Store, now: () => number = Date.now): AuditLog {
  return {
    append(record) {
      const context = record.context ?? {};
      return store.attempt('append audit entry', () => {
        store
          .statement(INSERT)
          .run(
            now(),
            printable(record.subject, 160),
            record.action,
            printable(record.resource, 1024),
            record.allowed ? 1 : 0,
            optional(record.rule, 512),
            optional(record.reason, 1024),
            optional(context.requestId),
            optional(context.sessionId),
            optional(context.agentId),
          );
      });
    },
    query(query = {}) {
      const limit = pageLimit(query.limit);
      if (limit.isErr()) return err(limit.error);
      const position = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (position?.isErr()) return err(position.error);
      for (const bound of [query.since, query.until]) {
        if (bound !== undefined && !Number.isFinite(bound))
          return err(invalidArgument('since/until', 'expected epoch milliseconds'));
      }
      // SQL is built from fixed fragments only (at most 32 variants, each cached as a prepared statement).
      const where: string[] = ['id < ?'];
      const values: (string | number)[] = [position?.isOk() ? position.value[0] : Number.MAX_SAFE_INTEGER];
      const filters: readonly (readonly [string, string | number | undefined])[] = [
        ['subject = ?', query.subject],
        ['action = ?', query.action],
        ['allowed = ?', query.allowed === undefined ? undefined : Number(query.allowed)],
        ['at >= ?', query.since],
        ['at < ?', query.until],
      ];
      for (const [clause, value] of filters) {
        if (value === undefined) continue;
        where.push(clause);
        values.push(value);
      }
      const sql = `SELECT * FROM audit_entries WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`;
      return store.attempt('query audit entries', () => {
        const rows = store.statement(sql).all(...values, limit.value + 1) as unknown as AuditRow[];
        return toPage(rows, limit.value, toEntry, (entry) => [entry.id, '']);
      });
    },
    applyRetention(keep, options = {}) {
      if (keep === 0) return new ResultAsync(Promise.resolve(ok(0)));
      return new ResultAsync(sweep(store, keep, options.batchSize ?? 1000, options.signal));
    },
  };
}
