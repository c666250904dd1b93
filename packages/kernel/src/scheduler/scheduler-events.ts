import type { KernelErrorCode } from '../errors/kernel-error.js';
import type { TaskPriority } from './types.js';

/** A task entered the queue. */
export interface TaskQueuedEvent {
  readonly type: 'task-queued';
  readonly taskId: string;
  readonly kind: string;
  readonly priority: TaskPriority;
  readonly provider: string | null;
  readonly sessionId: string | null;
  readonly agentId: string | null;
}

/** A task was admitted and its work started. */
export interface TaskStartedEvent {
  readonly type: 'task-started';
  readonly taskId: string;
  readonly kind: string;
  /** Milliseconds it waited in the queue. */
  readonly waitedMs: number;
}

/** A task's work resolved `ok`. */
export interface TaskCompletedEvent {
  readonly type: 'task-completed';
  readonly taskId: string;
  readonly kind: string;
  readonly durationMs: number;
}

/** A task's work returned an error or threw. */
export interface TaskFailedEvent {
  readonly type: 'task-failed';
  readonly taskId: string;
  readonly kind: string;
  readonly code: KernelErrorCode;
  readonly message: string;
}

/** A task ran past its timeout; its signal was aborted. */
export interface TaskTimedOutEvent {
  readonly type: 'task-timed-out';
  readonly taskId: string;
  readonly kind: string;
  readonly timeoutMs: number;
}

/** A task was cancelled (queued or running). */
export interface TaskCancelledEvent {
  readonly type: 'task-cancelled';
  readonly taskId: string;
  readonly kind: string;
  readonly reason: string;
}

/** A running task was stopped because the scheduler closed. */
export interface TaskInterruptedEvent {
  readonly type: 'task-interrupted';
  readonly taskId: string;
  readonly kind: string;
  readonly reason: string;
}

/** A submit was refused (queue full or a rate limit it can never fit). */
export interface TaskRejectedEvent {
  readonly type: 'task-rejected';
  readonly kind: string;
  readonly code: 'overloaded' | 'rate-limited';
  readonly message: string;
}

/** Every event the scheduler publishes. */
export type SchedulerEvent =
  | TaskQueuedEvent
  | TaskStartedEvent
  | TaskCompletedEvent
  | TaskFailedEvent
  | TaskTimedOutEvent
  | TaskCancelledEvent
  | TaskInterruptedEvent
  | TaskRejectedEvent;
