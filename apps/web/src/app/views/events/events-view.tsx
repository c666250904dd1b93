import { useMemo, useState } from 'preact/hooks';
import { useEventBus, useEventLog } from '../../events/event-stream.js';
import type { LiveEvent } from '../../events/live-event.js';
import { summarizeEvent } from '../../events/summarize-event.js';
import type { ViewProps } from '../../shell/view-props.js';
import { formatTime } from '../../ui/format-time.js';
import { Empty } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';

/** The live kernel event stream (what this caller may see), newest first, filterable by type. */
export function EventsView(_props: ViewProps) {
  const log = useEventLog();
  const bus = useEventBus();
  const [type, setType] = useState('');
  const [paused, setPaused] = useState<readonly LiveEvent[]>();
  const types = useMemo(() => [...new Set(log.events.map((event) => event.type))].sort(), [log.events]);
  const shown = (paused ?? log.events).filter((event) => type === '' || event.type === type);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Live events">
        <StatusBadge status={log.connection === 'open' ? 'open' : 'pending'} label={`stream ${log.connection}`} />
      </PageHeader>
      <div class="panel">
        <div class="toolbar">
          <label for="event-type">Type</label>
          <select
            id="event-type"
            value={type}
            onChange={(event) => {
              setType(event.currentTarget.value);
            }}
          >
            <option value="">All types</option>
            {types.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="button"
            aria-pressed={paused !== undefined}
            onClick={() => {
              setPaused(paused === undefined ? log.events : undefined);
            }}
          >
            {paused === undefined ? 'Pause' : 'Resume'}
          </button>
          <button type="button" class="button button-quiet" onClick={bus.clear}>
            Clear
          </button>
          <span class="muted">
            {log.events.length} kept (last {log.limit})
            {log.dropped > 0 ? ` · ${log.dropped} dropped by the server` : ''}
          </span>
        </div>
        {log.lastError !== undefined && log.connection !== 'open' && <p class="field-error">{log.lastError}</p>}
        {shown.length === 0 ? (
          <Empty>No events yet. They appear here as they happen.</Empty>
        ) : (
          <ol class="event-log" aria-label="Events, newest first">
            {shown.map((event, index) => (
              <li key={event.id ?? `x${index}`} class="event">
                <details>
                  <summary>
                    <time>{formatTime(event.at)}</time> <code class="event-type">{event.type}</code>{' '}
                    {summarizeEvent(event)}
                  </summary>
                  <pre>{JSON.stringify(event.fields, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
