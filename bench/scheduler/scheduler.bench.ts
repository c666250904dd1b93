// Scheduler throughput: admit + dispatch + complete of trivial tasks, in memory and with every
// state change persisted, against a plain array queue with the same concurrency limit — the
// least a dispatcher can do. The goals are absolute (tasks/s); the ratio shows what priorities,
// aging, rate-limit checks, timeouts, events and persistence cost over the bare loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, type Result } from 'neverthrow';
import { createEventBus, createScheduler, openStore, type SchedulerEvent, type Store } from '@oxios/kernel';
import { formatRate, report } from '../lib/measure.ts';

const TASKS = 20_000;
const MAX_CONCURRENT = 8;
const SAMPLES = 7;

const trivial = (): Promise<Result<number, never>> => Promise.resolve(ok(1));

/** The baseline: push every task on an array, shift and run them with at most MAX_CONCURRENT in flight. */
function baselineRun(): Promise<void> {
  const queue: (() => Promise<Result<number, never>>)[] = [];
  for (let index = 0; index < TASKS; index += 1) queue.push(trivial);
  return new Promise((resolve) => {
    let running = 0;
    let completed = 0;
    const next = (): void => {
      while (running < MAX_CONCURRENT && queue.length > 0) {
        const task = queue.shift();
        if (task === undefined) break;
        running += 1;
        void task().then(() => {
          running -= 1;
          completed += 1;
          if (completed === TASKS) resolve();
          else next();
        });
      }
    };
    next();
  });
}

async function schedulerRun(store?: Store): Promise<void> {
  const scheduler = createScheduler({
    config: {
      max_concurrent: MAX_CONCURRENT,
      queue_limit: TASKS,
      default_task_timeout_secs: 300,
      aging_interval_ms: 60_000,
      rate_limits: {},
    },
    bus: createEventBus<SchedulerEvent>(),
    ...(store ? { store } : {}),
  })._unsafeUnwrap();
  for (let index = 0; index < TASKS; index += 1) {
    scheduler.submit({ kind: 'bench', priority: index % 4 === 0 ? 'high' : 'normal', run: trivial })._unsafeUnwrap();
  }
  (await scheduler.drain())._unsafeUnwrap();
  scheduler.close()._unsafeUnwrap(); // flushes the last batch of writes
}

async function rate(run: () => Promise<void>): Promise<number> {
  await run(); // warm-up
  const durations: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return (TASKS / (durations[Math.floor(SAMPLES / 2)] ?? Number.NaN)) * 1000;
}

const home = mkdtempSync(join(tmpdir(), 'oxios-bench-scheduler-'));
const store = openStore({ home })._unsafeUnwrap();
try {
  const baseline = await rate(baselineRun);
  const memory = await rate(() => schedulerRun());
  const persisted = await rate(() => schedulerRun(store));
  const verdict = (value: number, goal: number) =>
    `${formatRate(value)} = ${(value / baseline).toFixed(2)}× baseline (goal ≥ ${formatRate(goal)}: ${value >= goal ? 'met' : 'NOT met'})`;
  report(`array push/shift, ${MAX_CONCURRENT} in flight (baseline)`, formatRate(baseline));
  report('oxios scheduler, in memory', verdict(memory, 100_000));
  report('oxios scheduler, persisted (SQLite, batched)', verdict(persisted, 10_000));
} finally {
  store.close();
  rmSync(home, { recursive: true, force: true });
}
