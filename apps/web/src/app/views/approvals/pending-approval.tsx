import type { Approval } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { formatTime } from '../../ui/format-time.js';

/** One pending approval: what is asked, by whom, until when; approve or reject with a note. */
export function PendingApproval({
  approval,
  busy,
  onDecide,
}: {
  readonly approval: Approval;
  readonly busy: boolean;
  readonly onDecide: (decision: 'approve' | 'reject', note: string) => void;
}) {
  const [note, setNote] = useState('');
  const noteId = `note-${approval.id}`;
  return (
    <li class="card approval" aria-labelledby={`approval-${approval.id}`}>
      <h3 id={`approval-${approval.id}`}>
        {approval.action}: <code>{approval.resource}</code>
      </h3>
      <dl class="facts">
        <dt>Asked by</dt>
        <dd>{approval.subject}</dd>
        {approval.reason !== '' && (
          <>
            <dt>Reason</dt>
            <dd>{approval.reason}</dd>
          </>
        )}
        <dt>Requested</dt>
        <dd>{formatTime(approval.requestedAt)}</dd>
        <dt>Expires</dt>
        <dd>{formatTime(approval.expiresAt)}</dd>
      </dl>
      <label for={noteId}>Note (optional)</label>
      <input
        id={noteId}
        value={note}
        maxLength={2000}
        onInput={(event) => {
          setNote(event.currentTarget.value);
        }}
      />
      <div class="row">
        <button
          type="button"
          class="button button-primary"
          disabled={busy}
          onClick={() => {
            onDecide('approve', note);
          }}
        >
          Approve
        </button>
        <button
          type="button"
          class="button button-danger"
          disabled={busy}
          onClick={() => {
            onDecide('reject', note);
          }}
        >
          Reject
        </button>
      </div>
    </li>
  );
}
