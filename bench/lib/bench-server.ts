// The real `oxios-server` executable in its own process on a temp OXIOS_HOME, for the load and
// session benchmarks, with a fake LLM server (its own process too) answering with a set latency.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, getFreePort, startFakeLlmProcess, type FakeLlmProcess, type TempHome } from '@oxios/testkit';

export const SERVER_BIN = fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url));
const HELLO_MODEL = fileURLToPath(new URL('./hello-model.ts', import.meta.url));
const LLM_KEY = 'sk-bench-0123456789';

/** Options for {@link startBenchServer}. */
export interface BenchServerOptions {
  /** Milliseconds the fake LLM waits before each reply. */
  readonly llmLatencyMs: number;
  /** Extra `config.toml` lines (after `[llm]`; sections of their own). */
  readonly toml: string;
}

/** A running server, its fake LLM and its home. `stop()` ends all three. */
export interface BenchServer {
  readonly url: string;
  /** The fake LLM's base URL (its control endpoints: `createFakeLlmClient`). */
  readonly llmBaseUrl: string;
  readonly adminToken: string;
  readonly pid: number;
  readonly home: string;
  /** Resident set size now, in bytes. */
  rss(): number;
  /** Peak resident set size since start (VmHWM), in bytes. */
  peakRss(): number;
  /** CPU time (user + system) the server process has used so far, in milliseconds. */
  cpuMs(): number;
  /** SIGTERM, wait for the exit; resolves with the exit code (null on a signal). */
  stop(): Promise<number | null>;
}

/** A field of `/proc/<pid>/status` in bytes (Linux). */
function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024;
}

/** User + system CPU time of a process in milliseconds (Linux: /proc/<pid>/stat, 100 ticks/s). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function waitForBanner(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      reject(new Error(`oxios-server did not start within 60 s:\n${text}`));
    }, 60_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      const match = /is running at (\S+)/.exec(text);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oxios-server exited (${String(code)}) before listening:\n${text}`));
    });
  });
}

/**
 * Starts the fake LLM (in its own process, scripted by `hello-model.ts`), then `oxios-server` on
 * a free loopback port with `[llm]` aimed at it plus `options.toml`. The server's JSON log goes
 * to /dev/null (it is written, as in production, just not kept).
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  if (!existsSync(SERVER_BIN)) throw new Error(`${SERVER_BIN} is missing: build first (pnpm build)`);
  process.env.BENCH_LLM_LATENCY_MS = String(options.llmLatencyMs);
  const fake: FakeLlmProcess = await startFakeLlmProcess({ responderModule: HELLO_MODEL });
  const home: TempHome = await createTempHome('oxios-bench-');
  writeFileSync(
    join(home.path, 'config.toml'),
    [
      '[server]',
      `port = ${await getFreePort()}`,
      options.toml,
      '[llm]',
      'default_model = "fake/claude-sonnet-4-5"',
      '[llm.providers.fake]',
      'kind = "anthropic"',
      `base_url = "${fake.anthropicBaseUrl}"`,
      'api_key_env = "BENCH_LLM_KEY"',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [SERVER_BIN], {
    env: { ...home.env, BENCH_LLM_KEY: LLM_KEY },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  let url: string;
  try {
    url = await waitForBanner(child);
  } catch (error) {
    child.kill('SIGKILL');
    await fake.stop();
    await home.remove();
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    url,
    llmBaseUrl: fake.baseUrl,
    adminToken: readFileSync(join(home.path, 'admin.token'), 'utf8').trim(),
    pid,
    home: home.path,
    rss: () => procStatus(pid, 'VmRSS'),
    peakRss: () => procStatus(pid, 'VmHWM'),
    cpuMs: () => processCpuMs(pid),
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      await fake.stop();
      await home.remove();
      return code;
    },
  };
}

/** JSON request against the server with the admin token; throws unless the status is 2xx. */
export async function api<T>(server: BenchServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Megabytes, one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
