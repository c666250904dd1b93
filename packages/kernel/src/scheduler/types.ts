import type { Result } from 'neverthrow';
import type { KernelError, KernelErrorCode } from '../errors/kernel-error.js';

/** Task priorities, most urgent first. Waiting raises a task's effective priority (aging). */
export type TaskPriority = 'critical' | 'high' | 'normal' | 'low';

/**
 * Where a task stands. `queued` and `running` are live; the rest are final. `interrupted` means
 * the scheduler stopped (shutdown or crash) while the task was running.
 */
export type TaskStatus = 'queued' | 'running' | 'completed' | 'failed' | 'timed-out' | 'cancelled' | 'interrupted';

/** A task as stored and reported. Times are epoch milliseconds. */
export interface TaskRecord {
  readonly id: string;
  /** What the task does, e.g. `execute-seed`; selects the handler for restored tasks. */
  readonly kind: string;
  readonly description: string;
  readonly priority: TaskPriority;
  readonly status: TaskStatus;
  /** Why the task failed, timed out, was cancelled or interrupted. */
  readonly statusReason: string | null;
  /** The code of the error a failed task ended with. */
  readonly errorCode: KernelErrorCode | null;
  readonly sessionId: string | null;
  readonly agentId: string | null;
  /** The LLM provider whose rate limit admits the task. */
  readonly provider: string | null;
  /** Tokens debited from the provider's token bucket when the task starts. */
  readonly estimatedTokens: number;
  /** Caller data a handler needs to run (or re-run after a restart) the task; JSON. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** Submission order, unique and increasing across restarts. */
  readonly seq: number;
  readonly timeoutMs: number;
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
}

/** The work of one task: resolve with a Result; stop promptly when `signal` aborts. */
export type TaskRun<T> = (signal: AbortSignal) => PromiseLike<Result<T, KernelError>>;

/** Runs tasks of one `kind`, including tasks restored after a restart (which have no `run`). */
export type TaskHandler = (task: TaskRecord, signal: AbortSignal) => PromiseLike<Result<unknown, KernelError>>;

/** What {@link Scheduler.submit} accepts. */
export interface TaskRequest<T> {
  readonly kind: string;
  readonly description?: string;
  /** Default `normal`. */
  readonly priority?: TaskPriority;
  /** Rate-limit the task against this provider's `[scheduler.rate_limits.<provider>]`. */
  readonly provider?: string;
  /** Tokens the task is expected to use (debited from the provider's token bucket). Default 0. */
  readonly estimatedTokens?: number;
  /** Run time before the task's signal aborts. Default `default_task_timeout_secs`. */
  readonly timeoutMs?: number;
  readonly sessionId?: string;
  readonly agentId?: string;
  /** Stored with the task and given to handlers; must be JSON. */
  readonly payload?: Readonly<Record<string, unknown>>;
  /** Aborting it cancels the task, queued or running. */
  readonly signal?: AbortSignal;
  /** The work. Without it, the handler attached for `kind` runs the task. */
  readonly run?: TaskRun<T>;
}

/** How a task ended. `done` promises never reject; they resolve with one of these. */
export type TaskOutcome<T> =
  | { readonly status: 'completed'; readonly task: TaskRecord; readonly value: T }
  | {
      readonly status: 'failed' | 'timed-out' | 'cancelled' | 'interrupted';
      readonly task: TaskRecord;
      readonly error: KernelError;
    }
  | {
      /** The scheduler closed before the task started; it stays queued in the store and is restored next start. */
      readonly status: 'suspended';
      readonly task: TaskRecord;
      readonly error: KernelError;
    };

/** A submitted task. */
export interface TaskHandle<T> {
  readonly id: string;
  /** Settles once, when the task ends (or the scheduler closes); never rejects. */
  readonly done: Promise<TaskOutcome<T>>;
  /**
   * Resolves once the task's queued record is committed to the store: from then on a crash
   * cannot lose it. `ok` at once when the scheduler has no store.
   */
  persisted(): Promise<Result<void, KernelError>>;
}

/** Counters since the scheduler was created, and its current load. */
export interface SchedulerStats {
  /** Waiting to start (including `parked`). */
  readonly queued: number;
  /** Restored tasks waiting for a handler of their kind to be attached. */
  readonly parked: number;
  readonly running: number;
  readonly completed: number;
  readonly failed: number;
  readonly timedOut: number;
  readonly cancelled: number;
  readonly interrupted: number;
  /** Refused at submit: queue full (`overloaded`) or can never fit a rate limit (`rate-limited`). */
  readonly rejected: number;
  readonly maxConcurrent: number;
  readonly queueLimit: number;
}

/** What a new scheduler found in its store. */
export interface SchedulerRecovery {
  /** Tasks that were queued, in dispatch order; they run once a handler for their kind is attached. */
  readonly queued: readonly TaskRecord[];
  /** Tasks that were running when the previous scheduler stopped; now `interrupted`. */
  readonly interrupted: readonly TaskRecord[];
}
