import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { Link } from '../../routing/link.js';
import { formatScore } from '../../ui/format-numbers.js';
import { formatTime, shortId } from '../../ui/format-time.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { changesSeeds } from './seed-events.js';
import { seedPath } from './seed-path.js';

/** Every seed the caller may see, newest first, with how its runs went. */
export function SeedList({ client }: { readonly client: OxiosClient }) {
  const seeds = useLoad((signal) => client.seeds.list({ limit: 200 }, signal), []);
  useRefreshOn(['protocol-event-recorded'], seeds.reload, changesSeeds);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Seeds" />
      <p class="muted">
        A seed is the frozen spec of one generation: goal, constraints and acceptance criteria. Evolution never edits a
        seed; it derives a successor.
      </p>
      <div class="panel">
        {seeds.state.status === 'loading' && <Loading />}
        {seeds.state.status === 'error' && <ErrorNotice error={seeds.state.error} onRetry={seeds.reload} />}
        {seeds.state.status === 'ok' &&
          (seeds.state.data.items.length === 0 ? (
            <Empty>No seeds yet. A session creates one when its interview ends.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Seeds, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Seed</th>
                    <th scope="col">Gen.</th>
                    <th scope="col">Goal</th>
                    <th scope="col">Runs</th>
                    <th scope="col">Last score</th>
                    <th scope="col">Session</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {seeds.state.data.items.map((record) => (
                    <tr key={record.seed.id}>
                      <td>
                        <Link href={seedPath(record.seed.id)}>
                          <code>{record.seed.id}</code>
                        </Link>
                        {record.forced && <span class="muted"> (forced)</span>}
                      </td>
                      <td>{record.seed.generation}</td>
                      <td>{record.seed.goal}</td>
                      <td>
                        {record.execution.passes} of {record.execution.runs} passed
                      </td>
                      <td>{formatScore(record.execution.lastRun?.score)}</td>
                      <td>
                        {record.sessionId === null ? (
                          '—'
                        ) : (
                          <Link href={`/chat/${encodeURIComponent(record.sessionId)}`}>
                            {shortId(record.sessionId)}
                          </Link>
                        )}
                      </td>
                      <td>{formatTime(record.seed.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
    </section>
  );
}
