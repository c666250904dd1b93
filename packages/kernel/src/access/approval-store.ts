import { err, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';
import type { Approval, ApprovalStatus, Subject, UserSubject } from './types.js';

/** Filters for listing approvals, newest request first. */
export interface ApprovalListOptions extends PageOptions {
  readonly status?: ApprovalStatus;
  readonly subject?: Subject;
  readonly owner?: UserSubject;
}

/**
 * Persisted approvals. Reads report a pending approval past its deadline as `expired` (lazy
 * expiry, no write needed); {@link ApprovalStore.expireDue} persists it. Every transition is a
 * conditional UPDATE on `status = 'pending'`, and a trigger refuses any change to a decided row.
 */
export interface ApprovalStore {
  insert(approval: Approval): Result<void, KernelError>;
  get(id: string, now: number): Result<Approval | undefined, KernelError>;
  list(options: ApprovalListOptions, now: number): Result<Page<Approval>, KernelError>;
  /** Moves a pending, unexpired approval to `status`; false when it was not pending or is past its deadline. */
  decide(
    id: string,
    status: 'approved' | 'rejected',
    by: Subject,
    note: string | null,
    now: number,
  ): Result<boolean, KernelError>;
  /** Persists `expired` on every pending approval past its deadline and returns them. */
  expireDue(now: number): Result<readonly Approval[], KernelError>;
}

interface ApprovalRow {
  id: string;
  subject: Subject;
  owner: UserSubject | null;
  action: string;
  resource: string;
  reason: string;
  status: ApprovalStatus;
  requested_at: number;
  expires_at: number;
  decided_at: number | null;
  decided_by: string | null;
  note: string | null;
  request_id: string | null;
  session_id: string | null;
  agent_id: string | null;
}

function toApproval(row: ApprovalRow, now: number): Approval {
  const due = row.status === 'pending' && row.expires_at <= now;
  return {
    id: row.id,
    subject: row.subject,
    owner: row.owner,
    action: row.action,
    resource: row.resource,
    reason: row.reason,
    status: due ? 'expired' : row.status,
    requestedAt: row.requested_at,
    expiresAt: row.expires_at,
    decidedAt: due ? row.expires_at : row.decided_at,
    decidedBy: due ? 'system' : row.decided_by,
    note: row.note,
    requestId: row.request_id,
    sessionId: row.session_id,
    agentId: row.agent_id,
  };
}

// Pending and expired depend on the clock (lazy expiry); each clause takes `now` once.
const TIMED_STATUS_FILTER = {
  pending: "status = 'pending' AND expires_at > ?",
  expired: "(status = 'expired' OR (status = 'pending' AND expires_at <= ?))",
} as const;

/** Creates the approval store over `store`. */
export function createApprovalStore(store: Store): ApprovalStore {
  return {
    insert(approval) {
      return store.attempt('request approval', () => {
        store
          .statement(
            `INSERT INTO approvals (id, subject, owner, action, resource, reason, status, requested_at, expires_at,
               request_id, session_id, agent_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
          )
          .run(
            approval.id,
            approval.subject,
            approval.owner,
            approval.action,
            approval.resource,
            approval.reason,
            approval.requestedAt,
            approval.expiresAt,
            approval.requestId,
            approval.sessionId,
            approval.agentId,
          );
      });
    },
    get(id, now) {
      return store.attempt('read approval', () => {
        const row = store.statement('SELECT * FROM approvals WHERE id = ?').get(id) as ApprovalRow | undefined;
        return row === undefined ? undefined : toApproval(row, now);
      });
    },
    list(options, now) {
      const limit = pageLimit(options.limit);
      if (limit.isErr()) return err(limit.error);
      const position = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      if (position?.isErr()) return err(position.error);
      const [beforeAt, beforeId] = position?.isOk() ? position.value : [Number.MAX_SAFE_INTEGER, ''];
      const where = [
        "(requested_at < ? OR (requested_at = ? AND (? = '' OR id < ?)))",
        '(? IS NULL OR subject = ?)',
        '(? IS NULL OR owner = ?)',
      ];
      const values: (string | number | null)[] = [beforeAt, beforeAt, beforeId, beforeId];
      values.push(options.subject ?? null, options.subject ?? null, options.owner ?? null, options.owner ?? null);
      if (options.status === 'pending' || options.status === 'expired') {
        where.push(TIMED_STATUS_FILTER[options.status]);
        values.push(now);
      } else if (options.status !== undefined) {
        where.push('status = ?');
        values.push(options.status);
      }
      const sql = `SELECT * FROM approvals WHERE ${where.join(' AND ')} ORDER BY requested_at DESC, id DESC LIMIT ?`;
      return store.attempt('list approvals', () => {
        const rows = store.statement(sql).all(...values, limit.value + 1) as unknown as ApprovalRow[];
        return toPage(
          rows,
          limit.value,
          (row) => toApproval(row, now),
          (approval) => [approval.requestedAt, approval.id],
        );
      });
    },
    decide(id, status, by, note, now) {
      return store.attempt('decide approval', () => {
        const result = store
          .statement(
            `UPDATE approvals SET status = ?, decided_at = ?, decided_by = ?, note = ?
             WHERE id = ? AND status = 'pending' AND expires_at > ?`,
          )
          .run(status, now, by, note, id, now);
        return Number(result.changes) === 1;
      });
    },
    expireDue(now) {
      return store.transaction('expire approvals', () =>
        store.attempt('expire approvals', () => {
          const rows = store
            .statement("SELECT * FROM approvals WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at")
            .all(now) as unknown as ApprovalRow[];
          store
            .statement(
              "UPDATE approvals SET status = 'expired', decided_at = expires_at, decided_by = 'system' WHERE status = 'pending' AND expires_at <= ?",
            )
            .run(now);
          return rows.map((row) => toApproval(row, now));
        }),
      );
    },
  };
}
