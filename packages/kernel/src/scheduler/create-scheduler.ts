import { err, ok, type Result } from 'neverthrow';
import { systemClock, type Clock } from '../clock/clock.js';
import type { SchedulerSection } from '../config/sections/scheduler.js';
import {
  abortedError,
  alreadyExists,
  invalidState,
  notFound,
  overloaded,
  unavailable,
} from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { Store } from '../store/store.js';
import { Dispatcher } from './dispatcher.js';
import { createRateLimiter } from './rate-limiter.js';
import type { SchedulerEvent } from './scheduler-events.js';
import { Handle } from './handle.js';
import { toTaskRecord, type TaskEntry } from './task-entry.js';
import { createTaskRepository } from './task-repository.js';
import { createTaskWriter } from './task-writer.js';
import { newTaskEntry } from './new-task-entry.js';
import { restoreTasks } from './restore-tasks.js';
import type { SchedulerRecovery, SchedulerStats, TaskHandle, TaskHandler, TaskRecord, TaskRequest } from './types.js';

/** Options for {@link createScheduler}. */
export interface SchedulerOptions {
  /** The validated `[scheduler]` section. */
  readonly config: SchedulerSection;
  /** Where tasks persist. Without one the scheduler is in-memory only (nothing survives a restart). */
  readonly store?: Store;
  /** Receives every task transition. */
  readonly bus?: EventSink<SchedulerEvent>;
  readonly logger?: Logger;
  /** Time and timers; a manual clock in tests. Default: the system clock. */
  readonly clock?: Clock;
}

/** Admits, orders, rate-limits, runs and times out tasks; see the package README for the rules. */
export interface Scheduler {
  /**
   * Queues a task. Refused with `overloaded` when the queue is full, `rate-limited` when its
   * estimate can never fit its provider's limit, `unavailable` once draining or closed.
   * The task is durable once `handle.persisted()` resolves `ok` (see the README).
   */
  submit<T = unknown>(request: TaskRequest<T>): Result<TaskHandle<T>, KernelError>;
  /**
   * Sets the handler that runs tasks of `kind` submitted without `run` — notably the restored
   * ones, which then become runnable; returns their handles in dispatch order.
   */
  attach(kind: string, handler: TaskHandler): Result<readonly TaskHandle<unknown>[], KernelError>;
  /** Cancels a queued or running task (a running task's signal is aborted). */
  cancel(id: string, reason?: string): Result<TaskRecord, KernelError>;
  /** A live task, or a finished one from the store. */
  get(id: string): Result<TaskRecord, KernelError>;
  /** Live tasks: running ones by start, then queued ones in dispatch order, then parked ones. */
  list(): readonly TaskRecord[];
  stats(): SchedulerStats;
  /** What this scheduler found in its store when it was created. */
  readonly recovery: SchedulerRecovery;
  /** Writes pending task states now, in one transaction. */
  flush(): Result<void, KernelError>;
  /** Stops accepting tasks and resolves once nothing is queued or running; `aborted` if `signal` aborts first. */
  drain(options?: { signal?: AbortSignal }): Promise<Result<void, KernelError>>;
  /**
   * Stops: running tasks are aborted and marked `interrupted`, queued tasks stay queued in the
   * store (their `done` resolves `suspended`), and pending writes are flushed. Idempotent.
   * The store stays open (its owner closes it).
   */
  close(reason?: string): Result<void, KernelError>;
}

const NONE: SchedulerRecovery = { queued: [], interrupted: [] };

/** Creates a scheduler, first recovering the tasks a previous one left in `store`. */
export function createScheduler(options: SchedulerOptions): Result<Scheduler, KernelError> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = (options.logger ?? noopLogger).child({ component: 'scheduler' });
  const events = options.bus ?? { publish: () => undefined };
  const repository = options.store ? createTaskRepository(options.store) : undefined;
  const restored = repository ? restoreTasks(repository, clock.now(), config.aging_interval_ms, events) : ok(undefined);
  if (restored.isErr()) return err(restored.error);
  const recovery = restored.value?.recovery ?? NONE;
  const parked = new Map<string, TaskEntry[]>();
  for (const entry of restored.value?.entries ?? []) {
    const ofKind = parked.get(entry.kind);
    if (ofKind) ofKind.push(entry);
    else parked.set(entry.kind, [entry]);
  }
  if (recovery.queued.length + recovery.interrupted.length > 0) {
    logger.info({ queued: recovery.queued.length, interrupted: recovery.interrupted.length }, 'tasks recovered');
  }
  const writer = createTaskWriter(repository, logger);
  const limiter = createRateLimiter(config.rate_limits, () => clock.now());
  const dispatcher = new Dispatcher(config.max_concurrent, clock, limiter, writer, events);
  const handlers = new Map<string, TaskHandler>();
  let parkedCount = recovery.queued.length;
  let seq = restored.value?.lastSeq ?? 0;
  let lastAt = restored.value?.lastAt ?? 0;
  let state: 'open' | 'draining' | 'closed' = 'open';
  const current = () => state;
  for (const entries of parked.values()) for (const entry of entries) dispatcher.live.set(entry.id, entry);

  const cancel = (id: string, reason = 'cancelled'): Result<TaskRecord, KernelError> => {
    const entry = dispatcher.live.get(id);
    if (entry === undefined) {
      return scheduler.get(id).andThen((task) => err(invalidState('task', task.status, `task ${id} already ended`)));
    }
    const waiting = parked.get(entry.kind);
    if (waiting?.includes(entry)) {
      parked.set(
        entry.kind,
        waiting.filter((candidate) => candidate !== entry),
      );
      parkedCount -= 1;
    }
    dispatcher.cancel(entry, reason);
    return ok(toTaskRecord(entry));
  };

  const handleOf = <T>(entry: TaskEntry): TaskHandle<T> => new Handle<T>(entry, writer);

  const scheduler: Scheduler = {
    recovery,
    submit<T>(request: TaskRequest<T>) {
      if (state !== 'open') return err(unavailable('scheduler', `the scheduler is ${state}; it accepts no tasks`));
      const handler = handlers.get(request.kind);
      const created = newTaskEntry(request, handler, {
        seq: seq + 1,
        at: (lastAt = Math.max(lastAt, clock.now())),
        defaultTimeoutMs: config.default_task_timeout_secs * 1000,
        agingIntervalMs: config.aging_interval_ms,
      });
      if (created.isErr()) return err(created.error);
      const entry = created.value;
      if (request.signal?.aborted === true) return err(abortedError('submit task'));
      const refusal =
        limiter.check(entry.provider, entry.estimatedTokens) ??
        (dispatcher.queue.size + parkedCount >= config.queue_limit
          ? overloaded('scheduler queue', config.queue_limit)
          : undefined);
      if (refusal !== undefined) {
        dispatcher.counters.rejected += 1;
        events.publish({ type: 'task-rejected', kind: entry.kind, code: refusal.code, message: refusal.message });
        return err(refusal);
      }
      seq = entry.seq;
      dispatcher.enqueue(entry);
      writer.mark(entry);
      events.publish({
        type: 'task-queued',
        taskId: entry.id,
        kind: entry.kind,
        priority: entry.priority,
        provider: entry.provider,
        sessionId: entry.sessionId,
        agentId: entry.agentId,
      });
      const signal = request.signal;
      if (signal) {
        const onAbort = (): void => {
          cancel(entry.id, 'the submitter aborted');
        };
        signal.addEventListener('abort', onAbort, { once: true });
        entry.unlisten = () => {
          signal.removeEventListener('abort', onAbort);
        };
      }
      return ok(handleOf<T>(entry));
    },
    attach(kind, handler) {
      if (handlers.has(kind)) return err(alreadyExists('task handler', kind));
      handlers.set(kind, handler);
      const entries = parked.get(kind) ?? [];
      parked.delete(kind);
      parkedCount -= entries.length;
      for (const entry of entries) {
        entry.run = (signal) => handler(toTaskRecord(entry), signal);
        entry.dequeued = false;
        if (state === 'closed') dispatcher.suspend(entry, unavailable('scheduler', 'closed'));
        else dispatcher.enqueue(entry, true);
      }
      return ok(entries.map((entry) => handleOf(entry)));
    },
    cancel,
    get(id) {
      const entry = dispatcher.live.get(id);
      if (entry) return ok(toTaskRecord(entry));
      if (!repository) return err(notFound('task', id));
      return writer.flush().andThen(() => repository.get(id));
    },
    list() {
      const running = [...dispatcher.running].sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.seq - b.seq);
      const waiting = [...parked.values()].flat();
      return [...running, ...dispatcher.queue.toArray(), ...waiting].map(toTaskRecord);
    },
    stats() {
      return {
        queued: dispatcher.queue.size + parkedCount,
        parked: parkedCount,
        running: dispatcher.running.size,
        ...dispatcher.counters,
        maxConcurrent: config.max_concurrent,
        queueLimit: config.queue_limit,
      };
    },
    flush: () => writer.flush(),
    async drain(drainOptions = {}) {
      if (state === 'closed') return err(unavailable('scheduler', 'closed'));
      state = 'draining';
      const signal = drainOptions.signal;
      if (signal?.aborted === true) return err(abortedError('drain scheduler'));
      let release: (() => void) | undefined;
      const idle = dispatcher.whenIdle();
      if (idle === undefined) return ok(undefined);
      const aborted = new Promise<'aborted'>((resolve) => {
        release = () => {
          resolve('aborted');
        };
        signal?.addEventListener('abort', release, { once: true });
      });
      const winner = await Promise.race([idle.then(() => 'idle' as const), aborted]);
      if (release) signal?.removeEventListener('abort', release);
      if (winner === 'aborted') return err(abortedError('drain scheduler'));
      // `close` may have run while this drain waited.
      return current() === 'closed' ? err(unavailable('scheduler', 'closed before the queue drained')) : ok(undefined);
    },
    close(reason = 'the scheduler closed') {
      if (state === 'closed') return ok(undefined);
      state = 'closed';
      dispatcher.close(reason);
      const error = unavailable('scheduler', reason);
      for (const entries of parked.values()) for (const entry of entries) dispatcher.suspend(entry, error);
      parked.clear();
      parkedCount = 0;
      const flushed = writer.flush();
      writer.close();
      return flushed;
    },
  };
  return ok(scheduler);
}
