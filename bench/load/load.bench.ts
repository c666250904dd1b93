// The real `oxios-server` process on loopback under autocannon at a fixed request rate:
//  1. a mixed read workload (health, readiness, status, the session list, one session's messages)
//     with authentication, the access log and metrics on, as in production;
//  2. a write workload: messages to fresh sessions, each running the whole Ouroboros loop (fake
//     LLM in its own process at a set latency, agent and verify command in a bwrap sandbox).
// Baseline, same run, same rate and connections: a bare node:http server answering a small JSON.
// Latencies are corrected for coordinated omission (autocannon's default with a fixed rate).
// Short by default; `--long` (or OXIOS_LONG=1) runs the 60 s version the goals are stated for.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { api, mb, processCpuMs, startBenchServer, type BenchServer } from '../lib/bench-server.ts';
import { report } from '../lib/measure.ts';

const LONG = process.argv.includes('--long') || process.env.OXIOS_LONG === '1';
const READ = { rate: 5_000, seconds: LONG ? 60 : 10, warmupSeconds: LONG ? 10 : 3, connections: 64 };
const WRITE = { rate: 10, seconds: LONG ? 60 : 10, llmLatencyMs: 50, connections: 64 };
const GOAL = { rate: 5_000, p99Ms: 50, rssDrift: 0.1 };

interface Run {
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly total: number;
  readonly errors: number;
}

function summarise(result: autocannon.Result): Run {
  // Errors: connection errors and timeouts, and non-2xx answers. Requests that were due at the
  // fixed rate but never sent show as an achieved rate below the target, reported on its own.
  return {
    rate: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

function line(run: Run): string {
  return `${Math.round(run.rate).toLocaleString('en-US')} req/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, max ${run.max.toFixed(0)} ms, ${run.errors} errors (${run.total.toLocaleString('en-US')} requests)`;
}

async function fire(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ timeout: 120, ...options });
}

/** A bare node:http server in its own process: the floor for this machine and load generator. */
async function baseline(): Promise<{ run: Run; cpuPerRequestMs: number }> {
  const code = `require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end('{"status":"ok","version":"0.0.0"}'); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => {
      resolve(String(chunk).trim());
    }),
  );
  try {
    const url = `http://127.0.0.1:${port}`;
    await fire({ url, connections: READ.connections, overallRate: READ.rate, duration: READ.warmupSeconds });
    const cpuBefore = processCpuMs(child.pid ?? 0);
    const run = summarise(
      await fire({ url, connections: READ.connections, overallRate: READ.rate, duration: READ.seconds }),
    );
    return { run, cpuPerRequestMs: (processCpuMs(child.pid ?? 0) - cpuBefore) / run.total };
  } finally {
    child.kill();
  }
}

async function readWorkload(server: BenchServer, sessionId: string) {
  const headers = { authorization: `Bearer ${server.adminToken}` };
  const paths = ['/health', '/ready', '/api/status', '/api/sessions?limit=20', `/api/sessions/${sessionId}/messages`];
  const options = {
    url: server.url,
    connections: READ.connections,
    overallRate: READ.rate,
    requests: paths.map((path) => ({ method: 'GET' as const, path, headers })),
  };
  await fire({ ...options, duration: READ.warmupSeconds });
  const rssStart = server.rss();
  const cpuBefore = server.cpuMs();
  let rssPeak = rssStart;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rss())), 1000);
  const result = await fire({ ...options, duration: READ.seconds });
  clearInterval(sampler);
  const run = summarise(result);
  return { run, rssStart, rssEnd: server.rss(), rssPeak, cpuPerRequestMs: (server.cpuMs() - cpuBefore) / run.total };
}

async function writeWorkload(server: BenchServer): Promise<{ run: Run; passed: number }> {
  const count = WRITE.rate * WRITE.seconds + WRITE.connections;
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1)
    ids.push((await api<{ id: string }>(server, 'POST', '/api/sessions', { title: `w${index}` })).id);
  let next = 0;
  let passed = 0;
  const result = await fire({
    url: server.url,
    connections: WRITE.connections,
    overallRate: WRITE.rate,
    duration: WRITE.seconds,
    requests: [
      {
        method: 'POST',
        headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'write hello.txt that says hello' }),
        setupRequest: (request) => ({
          ...request,
          path: `/api/sessions/${ids[next++ % ids.length]}/messages?wait=120`,
        }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"outcome":"passed"')) passed += 1;
        },
      },
    ],
  });
  return { run: summarise(result), passed };
}

process.stdout.write(`load bench (${LONG ? 'long' : 'short; --long for the 60 s version'})\n`);
const floor = await baseline();
report('bare node:http, read rate (baseline)', line(floor.run));

const server = await startBenchServer({
  llmLatencyMs: WRITE.llmLatencyMs,
  toml: ['rate_limit_per_minute = 1000000', '[scheduler]', 'max_concurrent = 64'].join('\n'),
});
let exitCode: number | null;
/** What went wrong functionally (not a missed performance goal): any makes the script exit 1, as CI checks. */
const broken: string[] = [];
try {
  const rssBoot = server.rss();
  const session = await api<{ id: string }>(server, 'POST', '/api/sessions', { title: 'read me' });
  await api(server, 'POST', `/api/sessions/${session.id}/messages?wait=120`, {
    text: 'write hello.txt that says hello',
  });
  for (let index = 0; index < 30; index += 1) await api(server, 'POST', '/api/sessions', { title: `s${index}` });

  const read = await readWorkload(server, session.id);
  report('oxios read mix (5 routes)', line(read.run));
  report(
    'oxios read: achieved rate',
    `${Math.round(read.run.rate).toLocaleString('en-US')} req/s for ${READ.seconds} s (goal ${GOAL.rate.toLocaleString('en-US')} for 60 s: ${read.run.rate >= GOAL.rate * 0.98 && LONG ? 'met' : LONG ? 'NOT met' : 'short run'})`,
  );
  report('oxios read: errors', `${read.run.errors} (goal 0: ${read.run.errors === 0 ? 'met' : 'NOT met'})`);
  report(
    'oxios read: p99',
    `${read.run.p99.toFixed(1)} ms (goal < ${GOAL.p99Ms} ms: ${read.run.p99 < GOAL.p99Ms ? 'met' : 'NOT met'})`,
  );
  const drift = (read.rssEnd - read.rssStart) / read.rssStart;
  report(
    'oxios read: RSS after warm-up → end (peak)',
    `${mb(read.rssStart)} → ${mb(read.rssEnd)} (${mb(read.rssPeak)}), ${(drift * 100).toFixed(1)}% (goal within ±${GOAL.rssDrift * 100}%: ${Math.abs(drift) <= GOAL.rssDrift ? 'met' : 'NOT met'})`,
  );
  report(
    'server CPU per request: oxios / baseline',
    `${(read.cpuPerRequestMs * 1000).toFixed(0)} µs / ${(floor.cpuPerRequestMs * 1000).toFixed(0)} µs = ${(read.cpuPerRequestMs / floor.cpuPerRequestMs).toFixed(1)}× (context: one free core serves ≈ ${Math.round(1000 / read.cpuPerRequestMs).toLocaleString('en-US')} req/s)`,
  );

  const write = await writeWorkload(server);
  report(`oxios messages, whole loop (LLM ${WRITE.llmLatencyMs} ms/call)`, line(write.run));
  report('oxios messages: passed', `${write.passed} of ${write.run.total}`);
  if (read.run.errors > 0) broken.push(`${read.run.errors} read requests failed`);
  if (write.run.errors > 0 || write.passed < write.run.total)
    broken.push(`${write.run.total - write.passed} of ${write.run.total} messages did not pass`);
  report('oxios RSS at boot → end', `${mb(rssBoot)} → ${mb(server.rss())} (peak ${mb(server.peakRss())})`);
} finally {
  exitCode = await server.stop();
}
report('oxios-server exit after SIGTERM', String(exitCode));
if (exitCode !== 0) broken.push(`oxios-server exited ${String(exitCode)} after SIGTERM`);
if (broken.length > 0) {
  process.stderr.write(`load bench: FAILED — ${broken.join('; ')}\n`);
  process.exitCode = 1;
}
