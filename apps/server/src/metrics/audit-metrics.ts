import type { Kernel } from '@oxios/kernel';
import { Counter, type Registry } from 'prom-client';

interface AuditCount {
  readonly action: string;
  readonly allowed: number;
  /** 1 for a check of the `container_exec` tool: every command run in a sandbox passes one. */
  readonly sandbox: number;
  readonly n: number;
  readonly last: number;
}

/**
 * Audit decisions (`oxios_audit_decisions_total`: denials by action) and sandbox execs
 * (`oxios_sandbox_execs_total`: every command run in a container, by an agent or a verify step,
 * passes a `use-tool` check of `container_exec`), counted from the audit log at scrape time. Each scrape reads
 * only the entries added since the last one (by primary key), so a long log costs nothing.
 */
export function registerAuditMetrics(kernel: Kernel, registry: Registry): void {
  let seen = 0;
  // Both counters refresh from the log when scraped, whichever is collected first.
  const refresh = () => {
    const rows = kernel.store.attempt(
      'count audit entries',
      () =>
        kernel.store
          .statement(
            "SELECT action, allowed, (action = 'use-tool' AND resource = 'container_exec') AS sandbox, " +
              'COUNT(*) AS n, MAX(id) AS last FROM audit_entries WHERE id > ? GROUP BY action, allowed, sandbox',
          )
          .all(seen) as unknown as AuditCount[],
    );
    if (rows.isErr()) return;
    for (const row of rows.value) {
      const decision = row.allowed === 1 ? 'allowed' : 'denied';
      decisions.inc({ action: row.action, decision }, row.n);
      if (row.sandbox === 1) execs.inc({ decision }, row.n);
      seen = Math.max(seen, row.last);
    }
  };
  const decisions = new Counter({
    name: 'oxios_audit_decisions_total',
    help: 'Access decisions recorded in the audit log, by action and decision (allowed, denied)',
    labelNames: ['action', 'decision'] as const,
    registers: [registry],
    collect: refresh,
  });
  const execs = new Counter({
    name: 'oxios_sandbox_execs_total',
    help: 'Commands run in sandboxes (container_exec checks in the audit log), by decision',
    labelNames: ['decision'] as const,
    registers: [registry],
    collect: refresh,
  });
  // Registered with zero so the series exist before the first exec.
  execs.inc({ decision: 'allowed' }, 0);
  execs.inc({ decision: 'denied' }, 0);
}
