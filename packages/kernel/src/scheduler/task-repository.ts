import { err, ok, type Result } from 'neverthrow';
import { notFound } from '../errors/constructors.js';
import type { KernelError, KernelErrorCode } from '../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';
import { priorityOfRank, priorityRank } from './priority.js';
import type { TaskRecord, TaskStatus } from './types.js';

interface TaskRow {
  id: string;
  kind: string;
  description: string;
  priority: number;
  status: TaskStatus;
  status_reason: string | null;
  error_code: string | null;
  session_id: string | null;
  agent_id: string | null;
  provider: string | null;
  estimated_tokens: number;
  payload: string;
  enqueued_seq: number;
  timeout_ms: number | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
}

const toTask = (row: TaskRow): TaskRecord => ({
  id: row.id,
  kind: row.kind,
  description: row.description,
  priority: priorityOfRank(row.priority),
  status: row.status,
  statusReason: row.status_reason,
  errorCode: row.error_code as KernelErrorCode | null,
  sessionId: row.session_id,
  agentId: row.agent_id,
  provider: row.provider,
  estimatedTokens: row.estimated_tokens,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  seq: row.enqueued_seq,
  timeoutMs: row.timeout_ms ?? 0,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

const UPSERT = `INSERT INTO tasks (id, kind, description, priority, status, status_reason, error_code, session_id,
    agent_id, provider, estimated_tokens, payload, enqueued_seq, timeout_ms, created_at, started_at, finished_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, status_reason = excluded.status_reason,
    error_code = excluded.error_code, started_at = excluded.started_at, finished_at = excluded.finished_at`;

/** The scheduler's tasks in the store: its write path, its recovery, and the history the API lists. */
export interface TaskRepository {
  /** Writes the current state of every task in one transaction (inserting new ones). */
  save(tasks: Iterable<TaskRecord>): Result<void, KernelError>;
  get(id: string): Result<TaskRecord, KernelError>;
  /** Tasks newest first (by submission), optionally of one status or session. */
  list(options?: PageOptions & { status?: TaskStatus; sessionId?: string }): Result<Page<TaskRecord>, KernelError>;
  /** Marks every `running` task `interrupted` with `reason` and returns them (startup recovery). */
  interruptRunning(reason: string, at: number): Result<readonly TaskRecord[], KernelError>;
  /** Every `queued` task, in submission order. */
  queued(): Result<readonly TaskRecord[], KernelError>;
  /** The highest submission sequence number stored (0 when none). */
  lastSeq(): Result<number, KernelError>;
}

/** Creates the task repository over `store`. */
export function createTaskRepository(store: Store): TaskRepository {
  const readAll = (operation: string, sql: string, ...values: (string | number)[]) =>
    store.attempt(operation, () => (store.statement(sql).all(...values) as unknown as TaskRow[]).map(toTask));
  return {
    save(tasks) {
      return store.transaction('save tasks', () =>
        store.attempt('save tasks', () => {
          const upsert = store.statement(UPSERT);
          for (const task of tasks) {
            upsert.run(
              task.id,
              task.kind,
              task.description,
              priorityRank(task.priority),
              task.status,
              task.statusReason,
              task.errorCode,
              task.sessionId,
              task.agentId,
              task.provider,
              task.estimatedTokens,
              JSON.stringify(task.payload),
              task.seq,
              task.timeoutMs,
              task.createdAt,
              task.startedAt,
              task.finishedAt,
            );
          }
        }),
      );
    },
    get(id) {
      return readAll('read task', 'SELECT * FROM tasks WHERE id = ?', id).andThen(([task]) =>
        task ? ok(task) : err(notFound('task', id)),
      );
    },
    list(options = {}) {
      const limit = pageLimit(options.limit);
      if (limit.isErr()) return err(limit.error);
      const position = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      if (position?.isErr()) return err(position.error);
      const beforeSeq = position?.isOk() ? position.value[0] : Number.MAX_SAFE_INTEGER;
      return store.attempt('list tasks', () => {
        const rows = store
          .statement(
            `SELECT * FROM tasks WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR session_id = ?2)
               AND enqueued_seq < ?3 ORDER BY enqueued_seq DESC LIMIT ?4`,
          )
          .all(options.status ?? null, options.sessionId ?? null, beforeSeq, limit.value + 1) as unknown as TaskRow[];
        return toPage(rows, limit.value, toTask, (task) => [task.seq, task.id]);
      });
    },
    interruptRunning(reason, at) {
      return readAll(
        'interrupt running tasks',
        `UPDATE tasks SET status = 'interrupted', status_reason = ?, error_code = 'unavailable', finished_at = ?
         WHERE status = 'running' RETURNING *`,
        reason,
        at,
      ).map((tasks) => [...tasks].sort((a, b) => a.seq - b.seq));
    },
    queued() {
      return readAll('read queued tasks', "SELECT * FROM tasks WHERE status = 'queued' ORDER BY enqueued_seq");
    },
    lastSeq() {
      return store.attempt(
        'read task sequence',
        () => (store.statement('SELECT COALESCE(MAX(enqueued_seq), 0) AS seq FROM tasks').get() as { seq: number }).seq,
      );
    },
  };
}
