import type { EventSink } from '../events/event-sink.js';
import type { FinalStatus } from './dispatcher.js';
import type { SchedulerEvent } from './scheduler-events.js';
import type { TaskEntry } from './task-entry.js';

/** Publishes the event of a task that just ended with `status`. */
export function publishEnd(events: EventSink<SchedulerEvent>, entry: TaskEntry, status: FinalStatus): void {
  const taskId = entry.id;
  const kind = entry.kind;
  const reason = entry.statusReason ?? '';
  switch (status) {
    case 'completed':
      events.publish({
        type: 'task-completed',
        taskId,
        kind,
        durationMs: (entry.finishedAt ?? 0) - (entry.startedAt ?? 0),
      });
      return;
    case 'failed':
      events.publish({ type: 'task-failed', taskId, kind, code: entry.errorCode ?? 'internal', message: reason });
      return;
    case 'timed-out':
      events.publish({ type: 'task-timed-out', taskId, kind, timeoutMs: entry.timeoutMs });
      return;
    case 'cancelled':
      events.publish({ type: 'task-cancelled', taskId, kind, reason });
      return;
    case 'interrupted':
      events.publish({ type: 'task-interrupted', taskId, kind, reason });
  }
}
