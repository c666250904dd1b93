import { useState } from 'preact/hooks';
import { useLoad } from '../../api/use-load.js';
import type { ViewProps } from '../../shell/view-props.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { auditQuery, NO_FILTERS, type AuditFilterForm } from './audit-filters.js';
import { AuditFilters } from './audit-filters-form.js';
import { AuditTable } from './audit-table.js';

const PAGE_SIZE = 50;

/** The audit log: filters, a page of entries, and newer/older paging by cursor. */
export function AuditView({ client }: ViewProps) {
  const [filters, setFilters] = useState<AuditFilterForm>(NO_FILTERS);
  // Cursors of the pages before the current one; the last is the current page's cursor.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useLoad(
    (signal) => client.audit.query(auditQuery(filters, PAGE_SIZE, cursor), signal),
    [filters, cursor],
  );
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Audit log" />
      <AuditFilters
        initial={filters}
        onApply={(next) => {
          setFilters(next);
          setCursors([undefined]);
        }}
      />
      <div class="panel">
        {page.state.status === 'loading' && <Loading />}
        {page.state.status === 'error' && <ErrorNotice error={page.state.error} onRetry={page.reload} />}
        {page.state.status === 'ok' &&
          (page.state.data.items.length === 0 ? (
            <Empty>No entries match.</Empty>
          ) : (
            <AuditTable entries={page.state.data.items} />
          ))}
        <nav class="pager" aria-label="Audit pages">
          <button
            type="button"
            class="button"
            disabled={cursors.length === 1}
            onClick={() => {
              setCursors(cursors.slice(0, -1));
            }}
          >
            Newer
          </button>
          <span>Page {cursors.length}</span>
          <button
            type="button"
            class="button"
            disabled={page.state.status !== 'ok' || page.state.data.nextCursor === undefined}
            onClick={() => {
              if (page.state.status === 'ok' && page.state.data.nextCursor !== undefined)
                setCursors([...cursors, page.state.data.nextCursor]);
            }}
          >
            Older
          </button>
        </nav>
      </div>
    </section>
  );
}
