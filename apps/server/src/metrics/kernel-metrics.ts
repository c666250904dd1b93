import type { Kernel } from '@oxios/kernel';
import { Counter, Gauge, type Registry } from 'prom-client';
import { registerAuditMetrics } from './audit-metrics.js';

/** Rows of a `SELECT <label>, COUNT(*) AS n … GROUP BY <label>` query, or none when it fails. */
function countBy(kernel: Kernel, operation: string, sql: string): { label: string; n: number }[] {
  const rows = kernel.store.attempt(
    operation,
    () => kernel.store.statement(sql).all() as { label: string; n: number }[],
  );
  return rows.isOk() ? rows.value : [];
}

/**
 * Kernel gauges and counters read at scrape time or fed from the event bus: event bus
 * subscribers, sessions and agents by status, the scheduler's queue and task counters, LLM
 * tokens and cost, audit decisions (denials, sandbox execs) and events by type.
 * Returns the function that stops listening.
 */
export function registerKernelMetrics(kernel: Kernel, registry: Registry): () => void {
  new Gauge({
    name: 'oxios_event_bus_subscribers',
    help: 'Current event bus subscribers',
    registers: [registry],
    collect() {
      this.set(kernel.bus.subscriberCount);
    },
  });
  new Gauge({
    name: 'oxios_sessions',
    help: 'Sessions by status',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      const rows = countBy(
        kernel,
        'count sessions',
        'SELECT status AS label, COUNT(*) AS n FROM sessions GROUP BY status',
      );
      this.reset();
      for (const row of rows) this.set({ status: row.label }, row.n);
    },
  });
  new Gauge({
    name: 'oxios_agents',
    help: 'Agents by status',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      const rows = countBy(kernel, 'count agents', 'SELECT status AS label, COUNT(*) AS n FROM agents GROUP BY status');
      this.reset();
      for (const row of rows) this.set({ status: row.label }, row.n);
    },
  });
  new Gauge({
    name: 'oxios_scheduler_tasks',
    help: 'Scheduler tasks by state since start (queued, parked and running are current)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const { maxConcurrent: _max, queueLimit: _limit, ...counts } = kernel.scheduler.stats();
      for (const [state, value] of Object.entries(counts)) this.set({ state }, value);
    },
  });
  new Gauge({
    name: 'oxios_scheduler_limits',
    help: 'Scheduler capacity: max_concurrent and queue_limit',
    labelNames: ['limit'] as const,
    registers: [registry],
    collect() {
      const stats = kernel.scheduler.stats();
      this.set({ limit: 'max_concurrent' }, stats.maxConcurrent);
      this.set({ limit: 'queue_limit' }, stats.queueLimit);
    },
  });
  const tokens = new Counter({
    name: 'oxios_llm_tokens_total',
    help: 'LLM tokens by provider, model and kind (input, output, cache_read, cache_write)',
    labelNames: ['provider', 'model', 'kind'] as const,
    registers: [registry],
  });
  const cost = new Counter({
    name: 'oxios_llm_cost_usd_total',
    help: 'LLM cost in US dollars by provider and model',
    labelNames: ['provider', 'model'] as const,
    registers: [registry],
  });
  const events = new Counter({
    name: 'oxios_events_total',
    help: 'Kernel events published, by type',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  registerAuditMetrics(kernel, registry);
  return kernel.bus.on((published) => {
    const { event } = published;
    events.inc({ type: event.type });
    if (event.type === 'llm-usage-recorded') {
      const labels = { provider: event.provider, model: event.model };
      tokens.inc({ ...labels, kind: 'input' }, event.inputTokens);
      tokens.inc({ ...labels, kind: 'output' }, event.outputTokens);
      tokens.inc({ ...labels, kind: 'cache_read' }, event.cacheReadTokens);
      tokens.inc({ ...labels, kind: 'cache_write' }, event.cacheWriteTokens);
      cost.inc(labels, event.costUsd);
    }
  });
}
