// Many sessions at once through the whole Ouroboros loop, over HTTP against the real
// `oxios-server` process: every session's first message is sent at the same moment; each runs
// clarity → seed → agent (writes a file in its bwrap sandbox) → verify command → judge, with the
// fake LLM (its own process) answering every call after a fixed latency.
// Baseline: the ideal wall time for the configured concurrency, from the same run —
// ceil(sessions / [scheduler] max_concurrent) waves × LLM calls per session (counted at the fake
// for one session run alone first) × the latency: an orchestrator with no overhead of its own.
// Short by default (100 sessions); `--long` (or OXIOS_LONG=1) runs 1,000.
import { request } from 'node:http';
import { createFakeLlmClient } from '@oxios/testkit';
import { api, mb, startBenchServer, type BenchServer } from '../lib/bench-server.ts';
import { report, verdict } from '../lib/measure.ts';

const LONG = process.argv.includes('--long') || process.env.OXIOS_LONG === '1';
const SESSIONS = LONG ? 1_000 : 100;
const CONCURRENCY = LONG ? 100 : 20;
const LLM_LATENCY_MS = 100;
const GOAL = { ratio: 1.2, peakRssBytes: 500 * 1024 * 1024 };

interface Answer {
  readonly status: number;
  readonly passed: boolean;
  /** Why the request failed without an HTTP answer (a reset connection), if it did. */
  readonly error?: string;
}

/**
 * POSTs one message on its own connection and waits for the reply (node:http: no client-side
 * limit on sockets or time). A connection error is an answer with status 0, counted, not thrown.
 */
function send(server: BenchServer, sessionId: string): Promise<Answer> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ text: 'write hello.txt that says hello' });
    const failed = (error: Error) => {
      resolve({ status: 0, passed: false, error: error.message });
    };
    const outgoing = request(
      `${server.url}/api/sessions/${sessionId}/messages?wait=600`,
      {
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('error', failed);
        response.on('end', () => {
          let reply: { kind?: string; outcome?: string } | undefined;
          try {
            reply = (JSON.parse(text) as { reply?: { kind?: string; outcome?: string } }).reply;
          } catch {
            reply = undefined;
          }
          resolve({ status: response.statusCode ?? 0, passed: reply?.kind === 'result' && reply.outcome === 'passed' });
        });
      },
    );
    outgoing.on('error', failed);
    outgoing.end(body);
  });
}

process.stdout.write(
  `sessions bench (${LONG ? 'long' : 'short; --long for 1,000 sessions'}): ${SESSIONS} sessions, [scheduler] max_concurrent = ${CONCURRENCY}, LLM ${LLM_LATENCY_MS} ms/call\n`,
);
const server = await startBenchServer({
  llmLatencyMs: LLM_LATENCY_MS,
  toml: [
    'rate_limit_per_minute = 1000000',
    '[scheduler]',
    `max_concurrent = ${CONCURRENCY}`,
    ...(process.env.BENCH_HOST === '1' ? ['[container]', 'backend = "host"', 'allow_host = true'] : []),
  ].join('\n'),
});
let exitCode: number | null;
/** Functional failures (not missed performance goals): any makes the script exit 1, as CI checks. */
const broken: string[] = [];
try {
  const create = async (title: string) => (await api<{ id: string }>(server, 'POST', '/api/sessions', { title })).id;
  // One session alone: how many LLM calls the loop makes, and its wall time.
  const llm = createFakeLlmClient(server.llmBaseUrl);
  const alone = await create('alone');
  const soloStarted = performance.now();
  const solo = await send(server, alone);
  const soloMs = performance.now() - soloStarted;
  const callsPerSession = (await llm.requests()).length;
  if (!solo.passed) throw new Error(`the calibration session did not pass (HTTP ${solo.status})`);

  const ids: string[] = [];
  for (let index = 0; index < SESSIONS; index += 1) ids.push(await create(`session ${index}`));
  const cpuBefore = server.cpuMs();
  const rssBefore = server.rss();
  const started = performance.now();
  const answers = await Promise.all(ids.map((id) => send(server, id)));
  const wallMs = performance.now() - started;
  const cpuMs = server.cpuMs() - cpuBefore;
  const passed = answers.filter((answer) => answer.passed).length;
  if (passed < SESSIONS) broken.push(`${SESSIONS - passed} of ${SESSIONS} sessions did not pass`);
  const waves = Math.ceil(SESSIONS / CONCURRENCY);
  const idealMs = waves * callsPerSession * LLM_LATENCY_MS;
  const ratio = wallMs / idealMs;
  const peak = server.peakRss();
  report(
    'one session alone (context)',
    `${callsPerSession} LLM calls, ${(soloMs / 1000).toFixed(2)} s (${(callsPerSession * LLM_LATENCY_MS) / 1000} s of it LLM latency)`,
  );
  report('sessions passed', `${passed} of ${SESSIONS}${passed === SESSIONS ? '' : ' (NOT all)'}`);
  const failures = answers.filter((answer) => !answer.passed);
  if (failures.length > 0) {
    const byKind = new Map<string, number>();
    for (const answer of failures) {
      const kind = answer.error ?? `HTTP ${answer.status}`;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    report('failed requests by kind', [...byKind].map(([kind, count]) => `${count}× ${kind}`).join(', '));
  }
  report(
    'ideal wall time (baseline)',
    `${(idealMs / 1000).toFixed(1)} s = ${waves} waves × ${callsPerSession} calls × ${LLM_LATENCY_MS} ms`,
  );
  report('oxios wall time', `${(wallMs / 1000).toFixed(1)} s`);
  report(
    'oxios / (waves × one session alone) (context)',
    `${(wallMs / (waves * soloMs)).toFixed(2)}× — the ideal above counts only LLM latency, not the sandbox and verify command each session also runs`,
  );
  report('oxios / ideal', verdict(ratio, `≤ ${GOAL.ratio}×`, ratio <= GOAL.ratio));
  report(
    'server peak RSS',
    `${mb(peak)} (before the burst ${mb(rssBefore)}; goal < ${mb(GOAL.peakRssBytes)}: ${peak < GOAL.peakRssBytes ? 'met' : 'NOT met'})`,
  );
  report(
    'server CPU per session (context)',
    `${(cpuMs / SESSIONS).toFixed(1)} ms (${(cpuMs / wallMs).toFixed(2)} cores busy on average)`,
  );
} finally {
  exitCode = await server.stop();
}
report('oxios-server exit after SIGTERM', String(exitCode));
if (exitCode !== 0) broken.push(`oxios-server exited ${String(exitCode)} after SIGTERM`);
if (broken.length > 0) {
  process.stderr.write(`sessions bench: FAILED — ${broken.join('; ')}\n`);
  process.exitCode = 1;
}
