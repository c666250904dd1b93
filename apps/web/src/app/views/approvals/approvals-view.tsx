import { useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import type { ViewProps } from '../../shell/view-props.js';
import { Empty, ErrorNotice, InfoNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { ApprovalHistory } from './approval-history.js';
import { PendingApproval } from './pending-approval.js';

/** Pending approvals to decide, and the history of decided ones. */
export function ApprovalsView({ client }: ViewProps) {
  const pending = useLoad((signal) => client.approvals.list({ status: 'pending', limit: 100 }, signal), []);
  const history = useLoad((signal) => client.approvals.list({ limit: 100 }, signal), []);
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const reload = () => {
    pending.reload();
    history.reload();
  };
  useRefreshOn(['approval-requested', 'approval-resolved'], reload);
  const decide = (id: string, decision: 'approve' | 'reject', note: string) => {
    setBusy(id);
    setOutcome(undefined);
    const request = note.trim() === '' ? {} : { note: note.trim() };
    void (decision === 'approve' ? client.approvals.approve(id, request) : client.approvals.reject(id, request)).match(
      (approval) => {
        setBusy(undefined);
        setOutcome({ ok: true, text: `${approval.action} ${approval.resource}: ${approval.status}.` });
        reload();
      },
      (error) => {
        setBusy(undefined);
        setOutcome({ ok: false, text: describeError(error) });
        reload();
      },
    );
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Approvals" />
      {outcome !== undefined &&
        (outcome.ok ? <InfoNotice>{outcome.text}</InfoNotice> : <ErrorNotice error={outcome.text} />)}
      <section class="panel" aria-labelledby="pending-title">
        <h2 id="pending-title">Pending</h2>
        {pending.state.status === 'loading' && <Loading />}
        {pending.state.status === 'error' && <ErrorNotice error={pending.state.error} onRetry={pending.reload} />}
        {pending.state.status === 'ok' &&
          (pending.state.data.items.length === 0 ? (
            <Empty>Nothing is waiting for a decision.</Empty>
          ) : (
            <ul class="approvals">
              {pending.state.data.items.map((approval) => (
                <PendingApproval
                  key={approval.id}
                  approval={approval}
                  busy={busy === approval.id}
                  onDecide={(decision, note) => {
                    decide(approval.id, decision, note);
                  }}
                />
              ))}
            </ul>
          ))}
      </section>
      <section class="panel" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        {history.state.status === 'loading' && <Loading />}
        {history.state.status === 'error' && <ErrorNotice error={history.state.error} onRetry={history.reload} />}
        {history.state.status === 'ok' && (
          <ApprovalHistory approvals={history.state.data.items.filter((approval) => approval.status !== 'pending')} />
        )}
      </section>
    </section>
  );
}
