import { err, type Result } from 'neverthrow';
import type { Clock } from '../clock/clock.js';
import { abortedError, internalError, timeoutError, unavailable } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import type { RateLimiter } from './rate-limiter.js';
import type { SchedulerEvent } from './scheduler-events.js';
import { outcomeOf, type TaskEntry } from './task-entry.js';
import { TaskQueue } from './task-queue.js';
import type { TaskWriter } from './task-writer.js';
import { publishEnd } from './publish-end.js';
import { Watchdog } from './watchdog.js';

/** Final counters, as reported by `stats()`. */
export interface Counters {
  completed: number;
  failed: number;
  timedOut: number;
  cancelled: number;
  interrupted: number;
  rejected: number;
}

/** The statuses a task can end in. */
export type FinalStatus = 'completed' | 'failed' | 'timed-out' | 'cancelled' | 'interrupted';

const isResult = (value: unknown): value is Result<unknown, KernelError> =>
  typeof (value as { isOk?: unknown } | null)?.isOk === 'function';

/**
 * The scheduler's state machine: the ready queue, the running set, admission (concurrency and
 * rate limits), timeouts, and every transition (each marked for persistence and published).
 */
export class Dispatcher {
  readonly queue = new TaskQueue();
  readonly running = new Set<TaskEntry>();
  /** Queued and running tasks by id. */
  readonly live = new Map<string, TaskEntry>();
  readonly counters: Counters = { completed: 0, failed: 0, timedOut: 0, cancelled: 0, interrupted: 0, rejected: 0 };
  readonly #watchdog: Watchdog;
  readonly #wake: Watchdog;
  #pumpScheduled = false;
  #closed = false;
  #idleWaiters = new Set<() => void>();

  constructor(
    readonly maxConcurrent: number,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly writer: TaskWriter,
    private readonly events: EventSink<SchedulerEvent>,
  ) {
    this.#watchdog = new Watchdog(clock, () => {
      this.#expire();
    });
    this.#wake = new Watchdog(clock, () => {
      this.pump();
    });
  }

  /** Queues a new task (`insert` for a restored one, which may be older than queued tasks). */
  enqueue(entry: TaskEntry, restored = false): void {
    this.live.set(entry.id, entry);
    if (restored) this.queue.insert(entry);
    else this.queue.push(entry);
    this.schedulePump();
  }

  /** Starts tasks while a slot is free and admission allows; arms one wake-up timer otherwise. */
  pump(): void {
    this.#pumpScheduled = false;
    while (!this.#closed && this.running.size < this.maxConcurrent) {
      const next = this.queue.pick((entry) => this.limiter.waitMs(entry.provider, entry.estimatedTokens));
      if (typeof next !== 'number') {
        this.#start(next);
        continue;
      }
      if (Number.isFinite(next)) this.#wake.armAt(this.clock.now() + next);
      break;
    }
  }

  schedulePump(): void {
    if (this.#pumpScheduled || this.#closed) return;
    this.#pumpScheduled = true;
    queueMicrotask(() => {
      this.pump();
    });
  }

  /** Cancels a queued or running task. */
  cancel(entry: TaskEntry, reason: string): void {
    const wasRunning = this.running.delete(entry);
    this.queue.delete(entry);
    this.#settle(entry, 'cancelled', abortedError(`task ${entry.id}`), reason);
    if (wasRunning) this.schedulePump();
  }

  /** Stops everything: running tasks are interrupted (signal aborted), queued ones suspended. */
  close(reason: string): void {
    this.#closed = true;
    this.#watchdog.disarm();
    this.#wake.disarm();
    const error = unavailable('scheduler', reason);
    for (const entry of [...this.running]) {
      this.running.delete(entry);
      this.#settle(entry, 'interrupted', error, `interrupted: ${reason}`);
    }
    for (const entry of this.queue.toArray()) {
      this.queue.delete(entry);
      this.suspend(entry, error);
    }
    this.#notifyIdle();
  }

  /** Ends a queued task's `done` without changing its stored state (it is restored next start). */
  suspend(entry: TaskEntry, error: KernelError): void {
    this.live.delete(entry.id);
    entry.unlisten?.();
    entry.ended = 'suspended';
    entry.error = error;
    this.#resolve(entry);
  }

  /** Resolves when nothing is queued or running (or the dispatcher closes). */
  whenIdle(): Promise<void> | undefined {
    if (this.#closed || (this.queue.size === 0 && this.running.size === 0)) return undefined;
    return new Promise((resolve) => this.#idleWaiters.add(resolve));
  }

  #start(entry: TaskEntry): void {
    const run = entry.run;
    this.limiter.take(entry.provider, entry.estimatedTokens);
    const controller = new AbortController();
    entry.status = 'running';
    entry.startedAt = Math.max(this.clock.now(), entry.createdAt);
    entry.deadline = entry.startedAt + entry.timeoutMs;
    entry.controller = controller;
    this.running.add(entry);
    this.#watchdog.armAt(entry.deadline);
    this.writer.mark(entry);
    this.events.publish({
      type: 'task-started',
      taskId: entry.id,
      kind: entry.kind,
      waitedMs: entry.startedAt - entry.createdAt,
    });
    if (run === undefined) {
      this.#finish(entry, err(internalError(`task ${entry.id} has no work to run`)));
      return;
    }
    try {
      run(controller.signal).then(
        (result) => {
          this.#finish(entry, result);
        },
        (error: unknown) => {
          this.#finish(entry, err(internalError(`task ${entry.kind} threw`, error)));
        },
      );
    } catch (error) {
      this.#finish(entry, err(internalError(`task ${entry.kind} threw`, error)));
    }
  }

  #finish(entry: TaskEntry, result: unknown): void {
    // A task that timed out, was cancelled or interrupted already ended: its late result is discarded.
    if (entry.status !== 'running') return;
    this.running.delete(entry);
    if (!isResult(result)) {
      this.#settle(entry, 'failed', internalError(`task ${entry.kind} resolved without a Result`));
    } else if (result.isOk()) {
      this.#settle(entry, 'completed', undefined, null, result.value);
    } else {
      this.#settle(entry, 'failed', result.error);
    }
    this.schedulePump();
  }

  /** The watchdog fired: time out every task past its deadline, then re-arm for the next one. */
  #expire(): void {
    const now = this.clock.now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of [...this.running]) {
      if (entry.deadline > now) {
        next = Math.min(next, entry.deadline);
        continue;
      }
      this.running.delete(entry);
      this.#settle(entry, 'timed-out', timeoutError(`task ${entry.kind}`, entry.timeoutMs));
      this.schedulePump();
    }
    if (Number.isFinite(next)) this.#watchdog.armAt(next);
  }

  #settle(
    entry: TaskEntry,
    status: FinalStatus,
    error: KernelError | undefined,
    reason: string | null = error?.message ?? null,
    value?: unknown,
  ): void {
    entry.status = status;
    entry.statusReason = reason;
    entry.errorCode = error?.code ?? null;
    entry.finishedAt = Math.max(this.clock.now(), entry.startedAt ?? entry.createdAt);
    entry.unlisten?.();
    entry.run = undefined;
    const controller = entry.controller;
    entry.controller = undefined;
    entry.ended = status;
    entry.value = value;
    entry.error = error;
    this.live.delete(entry.id);
    // No timer outlives the last running task (it would keep the process alive for nothing).
    if (this.running.size === 0) this.#watchdog.disarm();
    this.writer.mark(entry);
    this.#count(status);
    publishEnd(this.events, entry, status);
    this.#resolve(entry);
    // Abort last, once the task's state is final: the work's abort listeners see it ended.
    if (status !== 'completed' && status !== 'failed') controller?.abort(error);
    this.#notifyIdle();
  }

  #count(status: FinalStatus): void {
    if (status === 'completed') this.counters.completed += 1;
    else if (status === 'failed') this.counters.failed += 1;
    else if (status === 'timed-out') this.counters.timedOut += 1;
    else if (status === 'cancelled') this.counters.cancelled += 1;
    else this.counters.interrupted += 1;
  }

  #resolve(entry: TaskEntry): void {
    const resolve = entry.resolveDone;
    if (resolve === undefined) return;
    entry.resolveDone = undefined;
    const outcome = outcomeOf(entry);
    if (outcome) resolve(outcome);
  }

  #notifyIdle(): void {
    if (this.#idleWaiters.size === 0) return;
    if (!this.#closed && (this.queue.size > 0 || this.running.size > 0)) return;
    const waiters = [...this.#idleWaiters];
    this.#idleWaiters.clear();
    for (const waiter of waiters) waiter();
  }
}
