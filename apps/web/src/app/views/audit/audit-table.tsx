import type { AuditEntry } from '@oxios/sdk-client';
import { formatTime } from '../../ui/format-time.js';
import { StatusBadge } from '../../ui/status-badge.js';

/** Audit entries; denials are highlighted (a row class and the word "denied", not colour alone). */
export function AuditTable({ entries }: { readonly entries: readonly AuditEntry[] }) {
  return (
    <div class="table-wrap">
      <table class="audit">
        <caption class="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Subject</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Outcome</th>
            <th scope="col">Rule / reason</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} class={entry.allowed ? undefined : 'row-denied'}>
              <td>{formatTime(entry.at)}</td>
              <td>{entry.subject}</td>
              <td>{entry.action}</td>
              <td>
                <code>{entry.resource}</code>
              </td>
              <td>
                <StatusBadge status={entry.allowed ? 'allowed' : 'denied'} />
              </td>
              <td>{[entry.rule, entry.reason].filter((part) => part !== null && part !== '').join(' — ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
