import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { formatTime, shortId } from '../../ui/format-time.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { queueByPriority } from './queue-by-priority.js';

const TASK_EVENTS = [
  'task-queued',
  'task-started',
  'task-completed',
  'task-failed',
  'task-timed-out',
  'task-cancelled',
  'task-interrupted',
  'task-rejected',
];

/** Scheduler counters and the live queue by priority (superusers and admins). */
export function SchedulerPanel({ client }: { readonly client: OxiosClient }) {
  const scheduler = useLoad((signal) => client.scheduler.get(signal), []);
  useRefreshOn(TASK_EVENTS, scheduler.reload);
  if (scheduler.state.status === 'loading') return <Loading label="Loading the scheduler…" />;
  if (scheduler.state.status === 'error')
    return <ErrorNotice error={scheduler.state.error} onRetry={scheduler.reload} />;
  const { stats, tasks } = scheduler.state.data;
  const queue = queueByPriority(tasks);
  return (
    <section class="panel" aria-labelledby="scheduler-title">
      <h2 id="scheduler-title">Scheduler</h2>
      <dl class="stats">
        <div>
          <dt>Running</dt>
          <dd>
            {stats.running} / {stats.maxConcurrent}
          </dd>
        </div>
        <div>
          <dt>Queued</dt>
          <dd>
            {stats.queued} / {stats.queueLimit}
          </dd>
        </div>
        <div>
          <dt>Parked</dt>
          <dd>{stats.parked}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>{stats.completed}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{stats.failed + stats.timedOut}</dd>
        </div>
        <div>
          <dt>Cancelled</dt>
          <dd>{stats.cancelled + stats.interrupted}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{stats.rejected}</dd>
        </div>
      </dl>
      <h3>Queue by priority</h3>
      {tasks.length === 0 ? (
        <Empty>No live tasks.</Empty>
      ) : (
        <ul class="queue">
          {queue.running.length > 0 && (
            <li>
              <strong>running</strong> · {queue.running.map((task) => task.description || shortId(task.id)).join(', ')}
            </li>
          )}
          {queue.waiting
            .filter((group) => group.tasks.length > 0)
            .map((group) => (
              <li key={group.priority}>
                <StatusBadge status="queued" label={group.priority} />{' '}
                {group.tasks
                  .map((task) => `${task.description || shortId(task.id)} (since ${formatTime(task.createdAt)})`)
                  .join(', ')}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
