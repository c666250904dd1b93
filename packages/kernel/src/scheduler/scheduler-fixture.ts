// Test support for the scheduler's tests (not exported from the package).
import { ok, type Result } from 'neverthrow';
import { createManualClock, type ManualClock } from '../clock/manual-clock.js';
import type { SchedulerSection } from '../config/sections/scheduler.js';
import type { KernelError } from '../errors/kernel-error.js';
import { createEventBus, type EventBus } from '../events/event-bus.js';
import type { Store } from '../store/store.js';
import { createScheduler, type Scheduler } from './create-scheduler.js';
import type { SchedulerEvent } from './scheduler-events.js';
import type { TaskRun } from './types.js';

/** A `[scheduler]` section with test-friendly defaults. */
export function schedulerConfig(overrides: Partial<SchedulerSection> = {}): SchedulerSection {
  return {
    max_concurrent: 1,
    queue_limit: 1000,
    default_task_timeout_secs: 300,
    aging_interval_ms: 60_000,
    rate_limits: {},
    ...overrides,
  };
}

/** Work whose end the test decides; it records its signal. */
export interface Gate<T> {
  readonly run: TaskRun<T>;
  /** The signal of the last start, once started. */
  signal: AbortSignal | undefined;
  starts: number;
  finish(result: Result<T, KernelError>): void;
}

/** Creates a {@link Gate}. */
export function gate<T = string>(): Gate<T> {
  let resolve: ((result: Result<T, KernelError>) => void) | undefined;
  const controlled: Gate<T> = {
    signal: undefined,
    starts: 0,
    run: (signal) => {
      controlled.signal = signal;
      controlled.starts += 1;
      return new Promise((done) => {
        resolve = done;
      });
    },
    finish: (result) => {
      resolve?.(result);
    },
  };
  return controlled;
}

/** Work that succeeds at once with `value`. */
export const instant =
  <T>(value: T): TaskRun<T> =>
  () =>
    Promise.resolve(ok(value));

/** Lets queued microtasks and one event-loop turn (the batched store flush) run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A scheduler on a manual clock with a bus recording its events. */
export interface SchedulerFixture {
  readonly scheduler: Scheduler;
  readonly clock: ManualClock;
  readonly bus: EventBus<SchedulerEvent>;
  readonly events: SchedulerEvent[];
}

/** Creates a scheduler for a test; pass `store` for persistence. */
export function schedulerFixture(
  overrides: Partial<SchedulerSection> = {},
  store?: Store,
  clock: ManualClock = createManualClock(),
): SchedulerFixture {
  const bus = createEventBus<SchedulerEvent>({ now: () => clock.now() });
  const events: SchedulerEvent[] = [];
  bus.on((published) => events.push(published.event));
  const scheduler = createScheduler({
    config: schedulerConfig(overrides),
    bus,
    clock,
    ...(store ? { store } : {}),
  })._unsafeUnwrap();
  return { scheduler, clock, bus, events };
}
