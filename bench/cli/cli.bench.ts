// CLI cold start. `oxios --version` spawned as a fresh process, against `node -e 0` (the floor: a
// Node.js process that loads nothing) spawned in the same run, alternating so that machine load
// hits both alike. Goal ≤ 2×: commands are imported lazily, so printing the version loads only
// the entry point and commander. `oxios --help` and `oxios status` (an embedded kernel on a temp
// OXIOS_HOME: store, scheduler, supervisor, access) are printed for context.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, verdict, type Timing } from '../lib/measure.ts';

const BIN = fileURLToPath(new URL('../../apps/cli/dist/bin.js', import.meta.url));
if (!existsSync(BIN)) {
  process.stderr.write(`${BIN} is missing: build first (pnpm build)\n`);
  process.exit(1);
}
const home = mkdtempSync(join(tmpdir(), 'oxios-bench-cli-'));
const env = { PATH: process.env.PATH, HOME: process.env.HOME, OXIOS_HOME: home, NO_COLOR: '1' };

function run(args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(result.status)}`);
  return performance.now() - started;
}

function summarise(durations: number[]): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.round(fraction * (sorted.length - 1))] ?? Number.NaN;
  return { samples: sorted.length, medianMs: at(0.5), p10Ms: at(0.1), p90Ms: at(0.9) };
}

const SAMPLES = 30;
const cases = {
  baseline: ['-e', '0'],
  version: [BIN, '--version'],
  help: [BIN, '--help'],
  status: [BIN, 'status'],
} as const;
const durations: Record<keyof typeof cases, number[]> = { baseline: [], version: [], help: [], status: [] };
try {
  for (const args of Object.values(cases)) run(args); // warm the file system cache
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    for (const [name, args] of Object.entries(cases) as [keyof typeof cases, readonly string[]][]) {
      durations[name].push(run(args));
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

const timing = Object.fromEntries(Object.entries(durations).map(([name, list]) => [name, summarise(list)])) as Record<
  keyof typeof cases,
  Timing
>;
const line = (t: Timing) => `median ${t.medianMs.toFixed(1)} ms (p10 ${t.p10Ms.toFixed(1)}, p90 ${t.p90Ms.toFixed(1)})`;
report('node -e 0 (baseline)', line(timing.baseline));
report('oxios --version', line(timing.version));
report('oxios --help (context)', line(timing.help));
report('oxios status, embedded kernel (context)', line(timing.status));
const ratio = timing.version.medianMs / timing.baseline.medianMs;
report('oxios --version vs node -e 0', verdict(ratio, '≤ 2×', ratio <= 2));
