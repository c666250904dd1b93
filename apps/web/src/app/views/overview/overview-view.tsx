import { useLoad } from '../../api/use-load.js';
import { useEventLog, useRefreshOn } from '../../events/event-stream.js';
import type { ViewProps } from '../../shell/view-props.js';
import { formatDuration, formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';

const count = (page: { items: readonly unknown[]; nextCursor?: string | undefined }) =>
  page.nextCursor === undefined ? String(page.items.length) : `${page.items.length}+`;

/** The front page: server status, who you are, and what is going on right now. */
export function OverviewView({ client, caller }: ViewProps) {
  const status = useLoad((signal) => client.status(signal), []);
  const ready = useLoad((signal) => client.ready(signal), []);
  const counts = useLoad(
    (signal) =>
      client.sessions
        .list({ status: 'active', limit: 100 }, signal)
        .andThen((sessions) =>
          client.agents.list({ status: 'running', limit: 100 }, signal).map((agents) => ({ sessions, agents })),
        )
        .andThen((found) =>
          client.approvals.list({ status: 'pending', limit: 100 }, signal).map((approvals) => ({
            sessions: count(found.sessions),
            agents: count(found.agents),
            approvals: count(approvals),
          })),
        ),
    [],
  );
  useRefreshOn(
    [
      'session-created',
      'session-status-changed',
      'agent-started',
      'agent-idle',
      'agent-stopped',
      'agent-failed',
      'approval-requested',
      'approval-resolved',
    ],
    counts.reload,
  );
  const live = useEventLog();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Overview" />
      {status.state.status === 'error' && <ErrorNotice error={status.state.error} onRetry={status.reload} />}
      {status.state.status === 'loading' && <Loading />}
      <div class="cards">
        {status.state.status === 'ok' && (
          <article class="card" aria-labelledby="card-server">
            <h2 id="card-server">Server</h2>
            <dl class="facts">
              <dt>Version</dt>
              <dd data-testid="server-version">{status.state.data.version}</dd>
              <dt>Up for</dt>
              <dd>{formatDuration(status.state.data.uptimeSeconds)}</dd>
              <dt>Started</dt>
              <dd>{formatTime(status.state.data.startedAt)}</dd>
              <dt>Readiness</dt>
              <dd>
                {ready.state.status === 'ok' ? (
                  <StatusBadge
                    status={ready.state.data.status === 'ready' ? 'ok' : 'failed'}
                    label={ready.state.data.status}
                  />
                ) : (
                  '…'
                )}
              </dd>
            </dl>
          </article>
        )}
        <article class="card" aria-labelledby="card-you">
          <h2 id="card-you">You</h2>
          <dl class="facts">
            <dt>User</dt>
            <dd>{caller.userName}</dd>
            <dt>Role</dt>
            <dd>{caller.role}</dd>
            <dt>Token</dt>
            <dd>{caller.tokenName}</dd>
          </dl>
        </article>
        <article class="card" aria-labelledby="card-now">
          <h2 id="card-now">Right now</h2>
          {counts.state.status === 'error' ? (
            <ErrorNotice error={counts.state.error} onRetry={counts.reload} />
          ) : (
            <dl class="facts">
              <dt>Active sessions</dt>
              <dd>{counts.state.status === 'ok' ? counts.state.data.sessions : '…'}</dd>
              <dt>Running agents</dt>
              <dd>{counts.state.status === 'ok' ? counts.state.data.agents : '…'}</dd>
              <dt>Pending approvals</dt>
              <dd>{counts.state.status === 'ok' ? counts.state.data.approvals : '…'}</dd>
              <dt>Live events</dt>
              <dd>
                <StatusBadge status={live.connection === 'open' ? 'open' : 'pending'} label={live.connection} />
              </dd>
            </dl>
          )}
        </article>
      </div>
    </section>
  );
}
