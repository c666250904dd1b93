import { formatMs, formatTokens, formatUsd } from '../../../ui/format-numbers.js';
import { shortId } from '../../../ui/format-time.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import type { AgentRunRecord } from '../run/session-run.js';
import { ToolCallList } from './tool-call-list.js';

/** Agent runs of the session: streamed output as it arrives, tool calls, and each run's totals. */
export function AgentActivity({ runs }: { readonly runs: readonly AgentRunRecord[] }) {
  if (runs.length === 0) return null;
  return (
    <section class="run-section" aria-labelledby="agent-activity-title">
      <h3 id="agent-activity-title">Agent work</h3>
      {runs.map((run, index) => (
        <article key={run.runId} class="agent-run" aria-label={`Agent run ${index + 1}`}>
          <p class="agent-run-meta">
            <strong>Run {index + 1}</strong>{' '}
            <StatusBadge status={run.status === 'completed' ? 'ok' : run.status} label={run.status} />{' '}
            <span class="muted">
              agent {shortId(run.agentId)} · {run.model} · {run.turns} {run.turns === 1 ? 'turn' : 'turns'}
              {run.durationMs !== null && ` · ${formatMs(run.durationMs)}`}
              {run.totalTokens !== null && ` · ${formatTokens(run.totalTokens)} tokens`}
              {run.costUsd !== null && ` · ${formatUsd(run.costUsd)}`}
              {run.code !== null && ` · ${run.code}`}
            </span>
          </p>
          {run.text !== '' && (
            <p class="agent-output" aria-live={run.status === 'running' ? 'polite' : 'off'}>
              {run.text}
            </p>
          )}
          <ToolCallList calls={run.toolCalls} />
        </article>
      ))}
    </section>
  );
}
