import type { Approval } from '@oxios/sdk-client';
import { formatTime } from '../../ui/format-time.js';
import { Empty } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';

/** Decided and expired approvals, newest request first. */
export function ApprovalHistory({ approvals }: { readonly approvals: readonly Approval[] }) {
  if (approvals.length === 0) return <Empty>No decided approvals yet.</Empty>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Approval history</caption>
        <thead>
          <tr>
            <th scope="col">Requested</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Asked by</th>
            <th scope="col">Outcome</th>
            <th scope="col">Decided by</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {approvals.map((approval) => (
            <tr key={approval.id}>
              <td>{formatTime(approval.requestedAt)}</td>
              <td>{approval.action}</td>
              <td>
                <code>{approval.resource}</code>
              </td>
              <td>{approval.subject}</td>
              <td>
                <StatusBadge status={approval.status} />
              </td>
              <td>{approval.decidedBy ?? '—'}</td>
              <td>{approval.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
