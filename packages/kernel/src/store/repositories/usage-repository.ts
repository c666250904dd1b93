import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../../errors/kernel-error.js';
import type { Store } from '../store.js';

/** Tokens and cost of one LLM request, attributed to a session and agent when known. */
export interface UsageRecord {
  readonly at: number;
  readonly sessionId: string | null;
  readonly agentId: string | null;
  readonly provider: string;
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
  readonly costUsd: number;
}

/** Sums over usage records. `totalTokens` counts input, output and cache tokens. */
export interface UsageTotals {
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
  readonly totalTokens: number;
  readonly costUsd: number;
}

/** Usage totals of one model. */
export interface ModelUsage extends UsageTotals {
  readonly provider: string;
  readonly model: string;
}

/** Which records to sum; every field given must match. */
export interface UsageFilter {
  readonly sessionId?: string;
  readonly agentId?: string;
  /** Only records of sessions this user owns. */
  readonly userId?: string;
  /** Only records at or after this time (epoch ms). */
  readonly since?: number;
}

/** LLM usage and cost per session, agent and model (the store's `usage` table). */
export interface UsageRepository {
  record(usage: UsageRecord): Result<void, KernelError>;
  /** Records several in one transaction. */
  recordMany(usages: readonly UsageRecord[]): Result<void, KernelError>;
  totals(filter: UsageFilter): Result<UsageTotals, KernelError>;
  byModel(filter: UsageFilter): Result<readonly ModelUsage[], KernelError>;
}

interface TotalsRow {
  requests: number;
  input: number | null;
  output: number | null;
  cache_read: number | null;
  cache_write: number | null;
  cost: number | null;
}

const SUMS = `COUNT(*) AS requests, SUM(input_tokens) AS input, SUM(output_tokens) AS output,
  SUM(cache_read_tokens) AS cache_read, SUM(cache_write_tokens) AS cache_write, SUM(cost_usd) AS cost`;

function toTotals(row: TotalsRow | undefined): UsageTotals {
  const input = row?.input ?? 0;
  const output = row?.output ?? 0;
  const cacheRead = row?.cache_read ?? 0;
  const cacheWrite = row?.cache_write ?? 0;
  return {
    requests: row?.requests ?? 0,
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    totalTokens: input + output + cacheRead + cacheWrite,
    costUsd: row?.cost ?? 0,
  };
}

function where(filter: UsageFilter): { clause: string; values: (string | number)[] } {
  const parts: string[] = [];
  const values: (string | number)[] = [];
  if (filter.sessionId !== undefined) {
    parts.push('session_id = ?');
    values.push(filter.sessionId);
  }
  if (filter.agentId !== undefined) {
    parts.push('agent_id = ?');
    values.push(filter.agentId);
  }
  if (filter.userId !== undefined) {
    parts.push('session_id IN (SELECT id FROM sessions WHERE user_id = ?)');
    values.push(filter.userId);
  }
  if (filter.since !== undefined) {
    parts.push('at >= ?');
    values.push(filter.since);
  }
  return { clause: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, values };
}

/** Creates the usage repository over an open store. */
const INSERT = `INSERT INTO usage (at, session_id, agent_id, provider, model, input_tokens, output_tokens,
  cache_read_tokens, cache_write_tokens, cost_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function insert(store: Store, usage: UsageRecord): void {
  store
    .statement(INSERT)
    .run(
      usage.at,
      usage.sessionId,
      usage.agentId,
      usage.provider,
      usage.model,
      usage.inputTokens,
      usage.outputTokens,
      usage.cacheReadTokens,
      usage.cacheWriteTokens,
      usage.costUsd,
    );
}

/** Creates the usage repository over an open store. */
export function createUsageRepository(store: Store): UsageRepository {
  return {
    record(usage) {
      return store.attempt('record usage', () => {
        insert(store, usage);
      });
    },
    recordMany(usages) {
      if (usages.length === 0) return ok(undefined);
      return store.transaction('record usage', () =>
        store.attempt('record usage', () => {
          for (const usage of usages) insert(store, usage);
        }),
      );
    },
    totals(filter) {
      const { clause, values } = where(filter);
      return store.attempt('sum usage', () =>
        toTotals(store.statement(`SELECT ${SUMS} FROM usage ${clause}`).get(...values) as TotalsRow | undefined),
      );
    },
    byModel(filter) {
      const { clause, values } = where(filter);
      return store.attempt('sum usage by model', () => {
        const rows = store
          .statement(`SELECT provider, model, ${SUMS} FROM usage ${clause} GROUP BY provider, model ORDER BY cost DESC`)
          .all(...values) as unknown as (TotalsRow & { provider: string; model: string })[];
        return rows.map((row) => ({ provider: row.provider, model: row.model, ...toTotals(row) }));
      });
    },
  };
}
