import { err, ok, type Result } from 'neverthrow';
import { notFound } from '../errors/constructors.js';
import type { KernelError, KernelErrorCode } from '../errors/kernel-error.js';
import { decodeCursor, pageLimit, toPage, type Page, type PageOptions } from '../store/page.js';
import type { Store } from '../store/store.js';
import type { AgentRecord, AgentStatus } from './types.js';

interface AgentRow {
  id: string;
  name: string;
  owner: string;
  status: AgentStatus;
  status_reason: string | null;
  error_code: string | null;
  seed_id: string | null;
  session_id: string | null;
  parent_id: string | null;
  created_at: number;
  updated_at: number;
}

const toAgent = (row: AgentRow): AgentRecord => ({
  id: row.id,
  name: row.name,
  owner: row.owner,
  status: row.status,
  statusReason: row.status_reason,
  errorCode: row.error_code as KernelErrorCode | null,
  seedId: row.seed_id,
  sessionId: row.session_id,
  parentId: row.parent_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A status change as stored. */
export type AgentStatusChange = Pick<AgentRecord, 'status' | 'statusReason' | 'errorCode' | 'updatedAt'>;

/** The supervisor's agents in the store. */
export interface AgentRepository {
  insert(agent: AgentRecord): Result<AgentRecord, KernelError>;
  /** Writes a status change; `not-found` when the agent does not exist. */
  update(id: string, change: AgentStatusChange): Result<AgentRecord, KernelError>;
  get(id: string): Result<AgentRecord, KernelError>;
  /** Agents newest first, optionally of one status or session. */
  list(options?: PageOptions & { status?: AgentStatus; sessionId?: string }): Result<Page<AgentRecord>, KernelError>;
  /** Marks every `running` agent `failed` with `reason` and returns them (startup recovery). */
  failRunning(reason: string, at: number): Result<readonly AgentRecord[], KernelError>;
}

/** Creates the agent repository over `store`. */
export function createAgentRepository(store: Store): AgentRepository {
  const get = (id: string): Result<AgentRecord, KernelError> =>
    store
      .attempt('read agent', () => store.statement('SELECT * FROM agents WHERE id = ?').get(id) as AgentRow | undefined)
      .andThen((row) => (row ? ok(toAgent(row)) : err(notFound('agent', id))));
  return {
    insert(agent) {
      return store
        .attempt('create agent', () =>
          store
            .statement(
              `INSERT INTO agents (id, name, owner, status, status_reason, error_code, seed_id, session_id, parent_id,
                 created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              agent.id,
              agent.name,
              agent.owner,
              agent.status,
              agent.statusReason,
              agent.errorCode,
              agent.seedId,
              agent.sessionId,
              agent.parentId,
              agent.createdAt,
              agent.updatedAt,
            ),
        )
        .map(() => agent);
    },
    update(id, change) {
      return store
        .attempt('update agent', () =>
          store
            .statement('UPDATE agents SET status = ?, status_reason = ?, error_code = ?, updated_at = ? WHERE id = ?')
            .run(change.status, change.statusReason, change.errorCode, change.updatedAt, id),
        )
        .andThen((result) => (result.changes === 0 ? err(notFound('agent', id)) : get(id)));
    },
    get,
    list(options = {}) {
      const limit = pageLimit(options.limit);
      if (limit.isErr()) return err(limit.error);
      const position = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      if (position?.isErr()) return err(position.error);
      const [beforeAt, beforeId] = position?.isOk() ? position.value : [Number.MAX_SAFE_INTEGER, ''];
      return store.attempt('list agents', () => {
        const rows = store
          .statement(
            `SELECT * FROM agents
             WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR session_id = ?2)
               AND (created_at < ?3 OR (created_at = ?3 AND (?4 = '' OR id < ?4)))
             ORDER BY created_at DESC, id DESC LIMIT ?5`,
          )
          .all(
            options.status ?? null,
            options.sessionId ?? null,
            beforeAt,
            beforeId,
            limit.value + 1,
          ) as unknown as AgentRow[];
        return toPage(rows, limit.value, toAgent, (agent) => [agent.createdAt, agent.id]);
      });
    },
    failRunning(reason, at) {
      return store.attempt('fail running agents', () =>
        (
          store
            .statement(
              `UPDATE agents SET status = 'failed', status_reason = ?, error_code = 'unavailable', updated_at = ?
               WHERE status = 'running' RETURNING *`,
            )
            .all(reason, at) as unknown as AgentRow[]
        )
          .map(toAgent)
          .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
      );
    },
  };
}
