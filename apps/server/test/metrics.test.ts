import { createBwrapBackend } from '@oxios/container-bwrap';
import { startFakeLlm } from '@oxios/testkit';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerKernelMetrics } from '../src/metrics/kernel-metrics.js';
import { json } from './fixtures.js';
import { fakeLlmToml, respond } from './hello-responder.js';
import { createTestServer } from './helpers.js';

/** The value of the sample `series` (name and labels exactly as exposed), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('reports scheduler, agents, LLM tokens and cost, audit denials and sandbox execs after a real run', async () => {
    await using fake = await startFakeLlm({
      responder: (request) => ({ ...respond(request), usage: { input: 100, output: 20 } }),
    });
    const metrics = new Registry();
    await using server = await createTestServer(
      fakeLlmToml(fake.anthropicBaseUrl),
      { metrics },
      { env: { FAKE_LLM_KEY: 'sk-fake' }, containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) } },
    );
    const stop = registerKernelMetrics(server.kernel, metrics);
    try {
      const before = await (await server.request('/metrics')).text();
      expect(sample(before, 'oxios_sandbox_execs_total{decision="allowed"}')).toBe(0);
      expect(sample(before, 'oxios_scheduler_limits{limit="max_concurrent"}')).toBeGreaterThan(0);

      const session = server.kernel.sessions.create({ userId: 'ann' })._unsafeUnwrap();
      const sent = await server.request(`/api/sessions/${session.id}/messages?wait=120`, {
        method: 'POST',
        token: server.userToken,
        ...json({ text: 'write hello.txt that says hello' }),
      });
      expect(await sent.json()).toMatchObject({ status: 'done', reply: { kind: 'result', outcome: 'passed' } });
      expect(server.kernel.access.checkAction('user:ann', 'view-audit').isErr()).toBe(true);

      const text = await (await server.request('/metrics')).text();
      expect(sample(text, 'oxios_sandbox_execs_total{decision="allowed"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'oxios_audit_decisions_total{action="view-audit",decision="denied"}')).toBe(1);
      expect(sample(text, 'oxios_scheduler_tasks{state="completed"}')).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^oxios_agents\{status="(idle|stopped)"\} 1$/m);
      const input = [...text.matchAll(/^oxios_llm_tokens_total\{[^}]*kind="input"\} (\d+)$/gm)].map((m) =>
        Number(m[1]),
      );
      expect(input.reduce((sum, value) => sum + value, 0)).toBeGreaterThanOrEqual(100);
      expect(text).toMatch(/^oxios_llm_cost_usd_total\{provider="fake",model="claude-sonnet-4-5"\} [\d.e-]+$/m);
      // A second scrape does not count the same audit entries again.
      const again = await (await server.request('/metrics')).text();
      expect(sample(again, 'oxios_audit_decisions_total{action="view-audit",decision="denied"}')).toBe(1);
    } finally {
      stop();
    }
  }, 180_000);
});
