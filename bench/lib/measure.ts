// Small measurement helpers shared by the benchmarks. Node.js runs these files directly (type
// stripping), so they use only erasable TypeScript.

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  readonly samples: number;
  readonly medianMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(fraction * (sorted.length - 1))));
  return sorted[index] ?? Number.NaN;
}

/** Runs `run` `warmup` times unmeasured, then `samples` times, and summarises the durations. */
export async function time(run: () => unknown, options: { samples: number; warmup?: number }): Promise<Timing> {
  for (let index = 0; index < (options.warmup ?? Math.ceil(options.samples / 10)); index += 1) await run();
  const durations: number[] = [];
  for (let index = 0; index < options.samples; index += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    samples: durations.length,
    medianMs: percentile(durations, 0.5),
    p10Ms: percentile(durations, 0.1),
    p90Ms: percentile(durations, 0.9),
  };
}

/** Wall-clock and CPU time (user + system of this process) of repeated runs, in milliseconds. */
export interface WallAndCpu {
  readonly wall: Timing;
  /** Median CPU time per run: unlike wall time, it does not grow while other processes hold the CPU. */
  readonly cpuMedianMs: number;
}

/** Like {@link time}, also measuring each run's CPU time with `process.cpuUsage()`. */
export async function timeWithCpu(
  run: () => unknown,
  options: { samples: number; warmup?: number },
): Promise<WallAndCpu> {
  for (let index = 0; index < (options.warmup ?? Math.ceil(options.samples / 10)); index += 1) await run();
  const durations: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < options.samples; index += 1) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(startedCpu);
    durations.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  durations.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    wall: {
      samples: durations.length,
      medianMs: percentile(durations, 0.5),
      p10Ms: percentile(durations, 0.1),
      p90Ms: percentile(durations, 0.9),
    },
    cpuMedianMs: percentile(cpu, 0.5),
  };
}

/** Operations per second of a synchronous loop body, measured over at least `minMs`. */
export function throughput(body: (iterations: number) => void, iterations: number, minMs = 500): number {
  body(Math.ceil(iterations / 10));
  let total = 0;
  let elapsed = 0;
  while (elapsed < minMs) {
    const started = performance.now();
    body(iterations);
    elapsed += performance.now() - started;
    total += iterations;
  }
  return (total / elapsed) * 1000;
}

/** Prints one aligned result line. */
export function report(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`);
}

/** Formats a ratio with its goal and whether the goal is met. */
export function verdict(ratio: number, goal: string, met: boolean): string {
  return `${ratio.toFixed(2)}× (goal ${goal}: ${met ? 'met' : 'NOT met'})`;
}

export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}
