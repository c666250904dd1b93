// Sandbox exec latency. An Oxios exec of `true` goes through the ContainerManager — name check,
// store lookup, authorise, audit, then the bwrap backend (prlimit, cgroup join when there are
// cgroups, bwrap). The floor is a raw spawn of bwrap with exactly the same bwrap arguments; a raw
// spawn of the full launcher (the same argv Oxios spawns) and a direct spawn of `true` give
// context. A second manager whose backend has cgroups off shows what Oxios itself costs apart
// from joining cgroups (on cgroup v1 each join waits for an RCU grace period). Samples are
// interleaved in a shuffled order per round, so load on a shared machine hits every variant
// alike and no variant profits from following another.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { createContainerManager, describeProbe, openStore, parseConfig, type ContainerAuditEntry } from '@oxios/kernel';
import { ok } from 'neverthrow';
import { report, verdict } from '../lib/measure.ts';

const SAMPLES = Math.max(200, Number(process.env.OXIOS_BENCH_SAMPLES ?? 200));
const WARMUP = 20;
const LAUNCHER_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

/** Spawns a process the way the backend does (stdin ended, stdout/stderr and fd 3 piped) and waits for it. */
function spawnAndWait(file: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: LAUNCHER_ENV, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    child.stdin.end();
    child.stdout.resume();
    child.stderr.resume();
    child.stdio[3]?.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} exited ${code ?? 'by signal'}`));
    });
  });
}

/** A small seeded PRNG (mulberry32), so the shuffled order is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

if (process.platform !== 'linux') {
  report('sandbox bench', `skipped: bubblewrap runs on Linux only (this is ${process.platform})`);
  process.exit(0);
}

const home = mkdtempSync(join(tmpdir(), 'oxios-bench-sandbox-'));
const store = openStore({ home })._unsafeUnwrap();
const audits: ContainerAuditEntry[] = [];
// Until the kernel's access manager lands: an in-memory authorize (allow) + recording audit.
const access = { authorize: () => ok(undefined), audit: (entry: ContainerAuditEntry) => ok(void audits.push(entry)) };
const backend = createBwrapBackend({ hide: [home] });
const config = parseConfig('', 'defaults')._unsafeUnwrap().container;
const manager = createContainerManager({ store, backend, access, home, config });
const plainBackend = createBwrapBackend({ hide: [home], cgroups: false });
const plain = createContainerManager({ store, backend: plainBackend, access, home, config });
try {
  const probe = (await manager.ensureReady())._unsafeUnwrap();
  (await manager.create({ subject: 'user:bench' }, { name: 'bench' }))._unsafeUnwrap();
  (await plain.create({ subject: 'user:bench' }, { name: 'bench-plain' }))._unsafeUnwrap();
  const { launch, bwrap } = (await backend.launchFor('bench', ['true']))._unsafeUnwrap();
  const actor = { subject: 'agent:bench' };
  const variants: Record<string, () => Promise<void>> = {
    direct: () => spawnAndWait('/usr/bin/true', []),
    bwrap: () => spawnAndWait(bwrap.file, bwrap.args),
    launcher: () => spawnAndWait(launch.file, launch.args),
    oxios: async () => {
      const result = (await manager.exec(actor, 'bench', ['true']))._unsafeUnwrap();
      if (result.exitCode !== 0) throw new Error(`oxios exec exited ${result.exitCode}: ${result.stderr}`);
    },
    plain: async () => {
      const result = (await plain.exec(actor, 'bench-plain', ['true']))._unsafeUnwrap();
      if (result.exitCode !== 0) throw new Error(`oxios exec exited ${result.exitCode}: ${result.stderr}`);
    },
  };
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const next = random(20_260_610);
  for (let round = 0; round < WARMUP + SAMPLES; round += 1) {
    for (const name of shuffled(names, next)) {
      const started = performance.now();
      await variants[name]?.();
      if (round >= WARMUP) samples[name]?.push(performance.now() - started);
    }
  }
  const [direct, raw, wrapped, oxios, oxiosPlain] = names.map((name) => median(samples[name] ?? []));
  const ms = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(2)} ms (median of ${SAMPLES})`;
  report(`backend`, describeProbe(probe)[0] ?? '');
  report('direct spawn of `true` (context)', ms(direct));
  report('raw bwrap, same flags (floor)', ms(raw));
  report(`raw launcher: ${launch.file === bwrap.file ? 'bwrap' : 'prlimit/cgroup join + bwrap'}`, ms(wrapped));
  report('oxios ContainerManager.exec of `true`', ms(oxios));
  const ratio = (oxios ?? Number.NaN) / (raw ?? Number.NaN);
  report('oxios / raw bwrap', verdict(ratio, '≤ 1.5×', ratio <= 1.5));
  report('oxios / raw launcher (same argv)', `${((oxios ?? Number.NaN) / (wrapped ?? Number.NaN)).toFixed(2)}×`);
  report('oxios exec, cgroups off (prlimit + bwrap)', ms(oxiosPlain));
  report('  its ratio to raw bwrap', `${((oxiosPlain ?? Number.NaN) / (raw ?? Number.NaN)).toFixed(2)}×`);
  report(
    'authorisation',
    `in-memory allow + recording audit (${audits.length} entries): the access manager is not merged yet`,
  );
} finally {
  await manager.remove({ subject: 'user:bench' }, 'bench');
  await plain.remove({ subject: 'user:bench' }, 'bench-plain');
  store.close();
  rmSync(home, { recursive: true, force: true });
}
