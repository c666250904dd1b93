import type { Agent, AgentStatus } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { hasRole } from '../../routing/view-registry.js';
import type { ViewProps } from '../../shell/view-props.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatTime, shortId } from '../../ui/format-time.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { RateLimitsPanel } from './rate-limits-panel.js';
import { SchedulerPanel } from './scheduler-panel.js';

const STATUSES: readonly AgentStatus[] = ['starting', 'running', 'idle', 'stopped', 'failed'];
const AGENT_EVENTS = ['agent-created', 'agent-started', 'agent-idle', 'agent-stopped', 'agent-failed'];
const killable = (agent: Agent) => agent.status === 'starting' || agent.status === 'running' || agent.status === 'idle';

/** The agent process table (with kill) and, for superusers, the scheduler. */
export function AgentsView({ client, caller }: ViewProps) {
  const [status, setStatus] = useState<AgentStatus | ''>('');
  const [error, setError] = useState<string>();
  const agents = useLoad(
    (signal) => client.agents.list({ limit: 200, ...(status === '' ? {} : { status }) }, signal),
    [status],
  );
  useRefreshOn(AGENT_EVENTS, agents.reload);
  const kill = (agent: Agent) => {
    setError(undefined);
    void client.agents.kill(agent.id).match(agents.reload, (failure) => {
      setError(`Could not kill ${agent.name}: ${describeError(failure)}`);
    });
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Agents & scheduler" />
      <div class="panel">
        <div class="toolbar">
          <label for="agent-status">Status</label>
          <select
            id="agent-status"
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as AgentStatus | '');
            }}
          >
            <option value="">All</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        {error !== undefined && <ErrorNotice error={error} />}
        {agents.state.status === 'loading' && <Loading />}
        {agents.state.status === 'error' && <ErrorNotice error={agents.state.error} onRetry={agents.reload} />}
        {agents.state.status === 'ok' &&
          (agents.state.data.items.length === 0 ? (
            <Empty>No agents{status === '' ? '' : ` with status ${status}`}.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Agents</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Status</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Session</th>
                    <th scope="col">Updated</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {agents.state.data.items.map((agent) => (
                    <tr key={agent.id}>
                      <td>
                        {agent.name} <span class="muted">{shortId(agent.id)}</span>
                      </td>
                      <td>
                        <StatusBadge status={agent.status} />
                        {agent.statusReason !== null && <span class="muted"> {agent.statusReason}</span>}
                      </td>
                      <td>{agent.owner}</td>
                      <td>{shortId(agent.sessionId)}</td>
                      <td>{formatTime(agent.updatedAt)}</td>
                      <td>
                        {killable(agent) && (
                          <ConfirmButton
                            label="Kill"
                            question={`Kill agent ${agent.name}?`}
                            confirmLabel="Kill it"
                            onConfirm={() => {
                              kill(agent);
                            }}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
      {hasRole(caller.role, 'superuser') && <SchedulerPanel client={client} />}
      {hasRole(caller.role, 'admin') && <RateLimitsPanel client={client} />}
    </section>
  );
}
