import type { Result } from 'neverthrow';
import type { KernelError } from '../../errors/kernel-error.js';
import type { Store } from '../store.js';

/** How an agent run ended. */
export type AgentRunStatus = 'completed' | 'failed' | 'aborted' | 'budget-exceeded';

/** One finished run of one agent on one seed (recorded when it ends: one write per run). */
export interface AgentRunRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly agentId: string;
  readonly provider: string;
  readonly model: string;
  readonly status: AgentRunStatus;
  /** The error code or message that ended a run that did not complete. */
  readonly reason: string | null;
  readonly turns: number;
  readonly startedAt: number;
  readonly endedAt: number;
}

/** What a session's finished runs used, for session budgets. */
export interface SessionRunTotals {
  readonly runs: number;
  readonly turns: number;
  /** Summed wall-clock time of the session's runs. */
  readonly wallMs: number;
}

/** Agent runs (the store's `agent_runs` table). */
export interface AgentRunRepository {
  record(run: AgentRunRecord): Result<void, KernelError>;
  get(id: string): Result<AgentRunRecord | undefined, KernelError>;
  sessionTotals(sessionId: string): Result<SessionRunTotals, KernelError>;
}

interface RunRow {
  id: string;
  session_id: string;
  agent_id: string;
  provider: string;
  model: string;
  status: AgentRunStatus;
  reason: string | null;
  turns: number;
  started_at: number;
  ended_at: number;
}

/** Creates the agent-run repository over an open store. */
export function createAgentRunRepository(store: Store): AgentRunRepository {
  return {
    record(run) {
      return store.attempt('record agent run', () => {
        store
          .statement(
            `INSERT INTO agent_runs (id, session_id, agent_id, provider, model, status, reason, turns, started_at, ended_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            run.id,
            run.sessionId,
            run.agentId,
            run.provider,
            run.model,
            run.status,
            run.reason,
            run.turns,
            run.startedAt,
            run.endedAt,
          );
      });
    },
    get(id) {
      return store.attempt('read agent run', () => {
        const row = store.statement('SELECT * FROM agent_runs WHERE id = ?').get(id) as RunRow | undefined;
        return row === undefined
          ? undefined
          : {
              id: row.id,
              sessionId: row.session_id,
              agentId: row.agent_id,
              provider: row.provider,
              model: row.model,
              status: row.status,
              reason: row.reason,
              turns: row.turns,
              startedAt: row.started_at,
              endedAt: row.ended_at,
            };
      });
    },
    sessionTotals(sessionId) {
      return store.attempt('sum agent runs', () => {
        const row = store
          .statement(
            `SELECT COUNT(*) AS runs, SUM(turns) AS turns, SUM(ended_at - started_at) AS wall
             FROM agent_runs WHERE session_id = ?`,
          )
          .get(sessionId) as { runs: number; turns: number | null; wall: number | null } | undefined;
        return { runs: row?.runs ?? 0, turns: row?.turns ?? 0, wallMs: row?.wall ?? 0 };
      });
    },
  };
}
