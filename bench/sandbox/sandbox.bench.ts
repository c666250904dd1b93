// Sandbox exec latency. An Oxios exec of `true` goes through the ContainerManager — name check,
// store lookup, authorise, audit, then the bwrap backend (prlimit, cgroup join when there are
// cgroups, bwrap). The floor is a raw spawn of bwrap with exactly the same bwrap arguments; a raw
// spawn of the full launcher (the same argv Oxios spawns) and a direct spawn of `true` give
// context. Samples are interleaved, so load on a shared machine hits every variant alike.
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
try {
  const probe = (await manager.ensureReady())._unsafeUnwrap();
  (await manager.create({ subject: 'user:bench' }, { name: 'bench' }))._unsafeUnwrap();
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
  };
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < WARMUP + SAMPLES; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] ?? 'direct';
      const started = performance.now();
      await variants[name]?.();
      if (round >= WARMUP) samples[name]?.push(performance.now() - started);
    }
  }
  const [direct, raw, wrapped, oxios] = names.map((name) => median(samples[name] ?? []));
  const ms = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(2)} ms (median of ${SAMPLES})`;
  report(`backend`, describeProbe(probe)[0] ?? '');
  report('direct spawn of `true` (context)', ms(direct));
  report('raw bwrap, same flags (floor)', ms(raw));
  report(`raw launcher: ${launch.file === bwrap.file ? 'bwrap' : 'prlimit/cgroup join + bwrap'}`, ms(wrapped));
  report('oxios ContainerManager.exec of `true`', ms(oxios));
  const ratio = (oxios ?? Number.NaN) / (raw ?? Number.NaN);
  report('oxios / raw bwrap', verdict(ratio, '≤ 1.5×', ratio <= 1.5));
  report('oxios / raw launcher (same argv)', `${((oxios ?? Number.NaN) / (wrapped ?? Number.NaN)).toFixed(2)}×`);
  report(
    'authorisation',
    `in-memory allow + recording audit (${audits.length} entries): the access manager is not merged yet`,
  );
} finally {
  await manager.remove({ subject: 'user:bench' }, 'bench');
  store.close();
  rmSync(home, { recursive: true, force: true });
}
