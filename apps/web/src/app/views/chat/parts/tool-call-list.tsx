import { formatMs } from '../../../ui/format-numbers.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import type { ToolCallRecord } from '../run/session-run.js';

function outcome(call: ToolCallRecord): { status: string; label: string } {
  if (call.durationMs === null) return { status: 'running', label: 'running' };
  if (call.isError) return { status: 'failed', label: call.code === null ? 'failed' : `failed: ${call.code}` };
  return { status: 'ok', label: 'ok' };
}

/** An agent run's tool calls, each collapsible, with its duration and outcome. */
export function ToolCallList({ calls }: { readonly calls: readonly ToolCallRecord[] }) {
  if (calls.length === 0) return null;
  return (
    <details class="tool-calls" open>
      <summary>
        Tool calls ({calls.length}
        {calls.some((call) => call.isError) ? `, ${calls.filter((call) => call.isError).length} failed` : ''})
      </summary>
      <ol>
        {calls.map((call) => {
          const shown = outcome(call);
          return (
            <li key={call.id} class={call.isError ? 'tool-call tool-call-failed' : 'tool-call'}>
              <details>
                <summary>
                  <code>{call.summary}</code> <StatusBadge status={shown.status} label={shown.label} />{' '}
                  <span class="muted">{call.durationMs === null ? '…' : formatMs(call.durationMs)}</span>
                </summary>
                <dl class="facts">
                  <dt>Tool</dt>
                  <dd>
                    <code>{call.tool}</code>
                  </dd>
                  <dt>Call</dt>
                  <dd>
                    <code>{call.id}</code>
                  </dd>
                  <dt>Duration</dt>
                  <dd>{call.durationMs === null ? 'still running' : formatMs(call.durationMs)}</dd>
                  {call.code !== null && (
                    <>
                      <dt>Error</dt>
                      <dd>{call.code}</dd>
                    </>
                  )}
                </dl>
              </details>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
