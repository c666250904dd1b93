import type { Kernel } from '@oxios/kernel';
import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * Kernel gauges and counters read at scrape time or fed from the event bus: event bus
 * subscribers and last event id, sessions by status, and events by type (agents, tasks, audit
 * denials, sandbox execs and LLM usage appear here as those subsystems publish their events).
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
      const rows = kernel.store.attempt(
        'count sessions',
        () =>
          kernel.store.statement('SELECT status, COUNT(*) AS n FROM sessions GROUP BY status').all() as {
            status: string;
            n: number;
          }[],
      );
      this.reset();
      if (rows.isOk()) for (const row of rows.value) this.set({ status: row.status }, row.n);
    },
  });
  const events = new Counter({
    name: 'oxios_events_total',
    help: 'Kernel events published, by type',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  return kernel.bus.on((published) => {
    events.inc({ type: published.event.type });
  });
}
