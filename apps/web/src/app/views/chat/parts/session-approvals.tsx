import type { Approval, OxiosClient } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { describeError } from '../../../api/describe-error.js';
import { useLoad } from '../../../api/use-load.js';
import { useRefreshOn } from '../../../events/event-stream.js';
import { Link } from '../../../routing/link.js';

/**
 * Approvals this session's agents wait for (a host command, say), with approve and reject right
 * here; the Approvals view has the full list and history.
 */
export function SessionApprovals({ client, sessionId }: { readonly client: OxiosClient; readonly sessionId: string }) {
  const pending = useLoad((signal) => client.approvals.list({ status: 'pending', limit: 100 }, signal), [sessionId]);
  useRefreshOn(['approval-requested', 'approval-resolved'], pending.reload);
  const [error, setError] = useState<string>();
  if (pending.state.status !== 'ok') return null;
  const mine = pending.state.data.items.filter((approval) => approval.sessionId === sessionId);
  if (mine.length === 0) return null;
  const decide = (approval: Approval, decision: 'approve' | 'reject') => {
    setError(undefined);
    const call =
      decision === 'approve' ? client.approvals.approve(approval.id, {}) : client.approvals.reject(approval.id, {});
    void call.match(pending.reload, (failure) => {
      setError(describeError(failure));
    });
  };
  return (
    <section class="notice notice-warn" aria-labelledby="session-approvals-title" aria-live="polite">
      <h3 id="session-approvals-title">Waiting for your approval</h3>
      <ul class="plain-list">
        {mine.map((approval) => (
          <li key={approval.id} class="row">
            <span>
              {approval.action}: <code>{approval.resource}</code> <span class="muted">({approval.subject})</span>
            </span>
            <button
              type="button"
              class="button"
              onClick={() => {
                decide(approval, 'approve');
              }}
            >
              Approve here
            </button>
            <button
              type="button"
              class="button button-danger"
              onClick={() => {
                decide(approval, 'reject');
              }}
            >
              Reject here
            </button>
          </li>
        ))}
      </ul>
      {error !== undefined && <p class="field-error">{error}</p>}
      <p class="hint">
        Or decide in <Link href="/approvals">Approvals</Link>, with a note.
      </p>
    </section>
  );
}
