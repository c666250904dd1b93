// Authenticated `GET /api/status` on the real Oxios server (its built `oxios-server` binary on a
// temp OXIOS_HOME: request id, access log, metrics, security headers, CORS, body limit, timeout,
// bearer-token auth with its rate limiter, route validation) against a bare Hono hello-world on
// @hono/node-server. Each server runs in its own process; autocannon drives both from this one
// with the same connections and duration, in alternating rounds so that machine load hits both
// alike. The rate limiter is lifted through config.toml, as an operator would, not disabled.
import { mkdtempSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort, startBin, type RunningBin } from '@oxios/testkit';
import autocannon from 'autocannon';
import { formatRate, report, verdict } from '../lib/measure.ts';

const SERVER = fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url));
const HELLO = fileURLToPath(new URL('./hello-server.ts', import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const DURATION_SECS = Number(process.env.BENCH_HTTP_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const RUN_LIMIT_MS = 30 * 60 * 1000;

if (!existsSync(SERVER)) {
  process.stderr.write(`${SERVER} is missing: build first (pnpm build)\n`);
  process.exit(1);
}

interface Target {
  readonly label: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly pid: number | undefined;
}

interface Round {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** CPU time the server process spent per request (Linux only): unlike req/s, machine load barely moves it. */
  readonly cpuMicrosPerRequest: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU seconds of process `pid` so far, from /proc (NaN elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${String(pid)}/stat`)) return Number.NaN;
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function load(target: Target, durationSecs: number): Promise<Round> {
  const cpuBefore = cpuSeconds(target.pid);
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: durationSecs,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${target.label}: ${String(failed)} requests failed (non-2xx, errors or timeouts)`);
  const cpuMicrosPerRequest = ((cpuSeconds(target.pid) - cpuBefore) * 1e6) / result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest,
  };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const home = mkdtempSync(join(tmpdir(), 'oxios-bench-http-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', OXIOS_HOME: home, NO_COLOR: '1' };
const running: RunningBin[] = [];
try {
  const port = await getFreePort();
  writeFileSync(join(home, 'config.toml'), `[server]\nport = ${String(port)}\nrate_limit_per_minute = 1000000\n`);
  const oxios = startBin(SERVER, [], { env, timeoutMs: RUN_LIMIT_MS });
  running.push(oxios);
  const [, token] = (await oxios.waitForOutput(/Admin token \([^)]*\): (oxs_\S+)/, 60_000)) as [string, string];
  const [, url] = (await oxios.waitForOutput(/running at (http:\/\/\S+)/, 60_000)) as [string, string];
  const hello = startBin(HELLO, [], { env, timeoutMs: RUN_LIMIT_MS });
  running.push(hello);
  const [, helloPort] = (await hello.waitForOutput(/listening on (\d+)/, 60_000)) as [string, string];

  const targets: Target[] = [
    { label: 'bare Hono hello-world (baseline)', url: `http://127.0.0.1:${helloPort}/`, headers: {}, pid: hello.pid },
    {
      label: 'Oxios GET /api/status (bearer token)',
      url: `${url}/api/status`,
      headers: { authorization: `Bearer ${token}` },
      pid: oxios.pid,
    },
  ];
  const probe = await fetch(`${url}/api/status`, { headers: { authorization: `Bearer ${token}` } });
  if (probe.status !== 200) throw new Error(`GET /api/status answered ${String(probe.status)}`);

  for (const target of targets) await load(target, 1); // warm both (JIT, connection pools)
  const rounds = new Map<string, Round[]>(targets.map((target) => [target.label, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      rounds.get(target.label)?.push(await load(target, DURATION_SECS));
    }
  }
  report('connections / duration / rounds', `${String(CONNECTIONS)} / ${String(DURATION_SECS)} s / ${String(ROUNDS)}`);
  const rates: number[] = [];
  const cpu: number[] = [];
  for (const target of targets) {
    const list = rounds.get(target.label) ?? [];
    const rate = median(list.map((entry) => entry.requestsPerSecond));
    rates.push(rate);
    cpu.push(median(list.map((entry) => entry.cpuMicrosPerRequest)));
    report(
      target.label,
      `${formatRate(rate)} (p50 ${median(list.map((entry) => entry.p50Ms)).toFixed(2)} ms, p99 ${median(list.map((entry) => entry.p99Ms)).toFixed(2)} ms)`,
    );
  }
  const ratio = (rates[1] ?? NaN) / (rates[0] ?? NaN);
  report('Oxios /api/status vs bare Hono', verdict(ratio, '≥ 0.7×', ratio >= 0.7));
  // Context: server CPU per request, which machine load (other processes, the load generator) barely moves.
  report(
    'server CPU per request (context)',
    `Oxios ${(cpu[1] ?? NaN).toFixed(0)} µs, Hono ${(cpu[0] ?? NaN).toFixed(0)} µs`,
  );
  report('Hono ÷ Oxios CPU per request (context)', `${((cpu[0] ?? NaN) / (cpu[1] ?? NaN)).toFixed(2)}×`);
} finally {
  for (const child of running.reverse()) {
    child.kill('SIGTERM');
    await child.exited();
  }
  rmSync(home, { recursive: true, force: true });
}
