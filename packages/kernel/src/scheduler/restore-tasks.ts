import { err, ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { priorityRank } from './priority.js';
import type { SchedulerEvent } from './scheduler-events.js';
import { dispatchesBefore, FRESH_ENTRY_STATE, toTaskRecord, type TaskEntry } from './task-entry.js';
import type { TaskRepository } from './task-repository.js';
import type { SchedulerRecovery, TaskRecord } from './types.js';

/** What a scheduler takes over from its store. */
export interface RestoredTasks {
  readonly recovery: SchedulerRecovery;
  /** Entries for the queued tasks, in dispatch order, parked until a handler for their kind is attached. */
  readonly entries: readonly TaskEntry[];
  readonly lastSeq: number;
  /** Latest submission time among them, so new tasks never sort before restored ones of their priority. */
  readonly lastAt: number;
}

/** The reason stored on tasks that were running when the previous scheduler stopped. */
export const TASK_INTERRUPTED_BY_RESTART = 'interrupted: the scheduler stopped while the task was running';

function restoredEntry(task: TaskRecord, agingIntervalMs: number): TaskEntry {
  const rank = priorityRank(task.priority);
  return {
    ...task,
    rank,
    key: task.createdAt - rank * agingIntervalMs,
    dequeued: true,
    stored: true,
    ...FRESH_ENTRY_STATE,
  };
}

/**
 * Startup recovery: tasks left `running` become `interrupted` (each published as
 * `task-interrupted`), and `queued` ones come back in their dispatch order.
 */
export function restoreTasks(
  repository: TaskRepository,
  now: number,
  agingIntervalMs: number,
  events: EventSink<SchedulerEvent>,
): Result<RestoredTasks, KernelError> {
  const interrupted = repository.interruptRunning(TASK_INTERRUPTED_BY_RESTART, now);
  if (interrupted.isErr()) return err(interrupted.error);
  for (const task of interrupted.value) {
    events.publish({ type: 'task-interrupted', taskId: task.id, kind: task.kind, reason: TASK_INTERRUPTED_BY_RESTART });
  }
  return repository.queued().andThen((queued) =>
    repository.lastSeq().andThen((lastSeq) => {
      const entries = queued
        .map((task) => restoredEntry(task, agingIntervalMs))
        .sort((a, b) => (dispatchesBefore(a, b) ? -1 : 1));
      const lastAt = entries.reduce((latest, entry) => Math.max(latest, entry.createdAt), 0);
      return ok({
        recovery: { queued: entries.map(toTaskRecord), interrupted: interrupted.value },
        entries,
        lastSeq,
        lastAt,
      });
    }),
  );
}
