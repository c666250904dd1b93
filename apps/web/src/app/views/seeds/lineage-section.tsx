import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { Link } from '../../routing/link.js';
import { formatScore } from '../../ui/format-numbers.js';
import { formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { LineageGraph } from './lineage-graph.js';
import { lineageFromApi } from './lineage-from-api.js';
import { changesSeeds } from './seed-events.js';
import { seedPath } from './seed-path.js';

/** The seed's lineage: a graph of its generations by score, and the same as a table. */
export function LineageSection({ client, seedId }: { readonly client: OxiosClient; readonly seedId: string }) {
  const lineage = useLoad((signal) => client.seeds.lineage(seedId, signal), [seedId]);
  useRefreshOn(['protocol-event-recorded'], lineage.reload, changesSeeds);
  return (
    <section class="panel" aria-labelledby="lineage-title">
      <h2 id="lineage-title">Lineage</h2>
      {lineage.state.status === 'loading' && <Loading />}
      {lineage.state.status === 'error' && <ErrorNotice error={lineage.state.error} onRetry={lineage.reload} />}
      {lineage.state.status === 'ok' && (
        <>
          <LineageGraph
            nodes={lineageFromApi(lineage.state.data.items)}
            currentSeedId={seedId}
            hrefOf={(node) => seedPath(node.seedId)}
          />
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Generations of the lineage</caption>
              <thead>
                <tr>
                  <th scope="col">Gen.</th>
                  <th scope="col">Seed</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Score</th>
                  <th scope="col">Evaluated</th>
                </tr>
              </thead>
              <tbody>
                {lineage.state.data.items.map((generation) => (
                  <tr key={generation.seed.id}>
                    <td>{generation.seed.generation}</td>
                    <td>
                      {generation.seed.id === seedId ? (
                        <code>{generation.seed.id}</code>
                      ) : (
                        <Link href={seedPath(generation.seed.id)}>
                          <code>{generation.seed.id}</code>
                        </Link>
                      )}
                    </td>
                    <td>
                      {generation.evaluation === null ? (
                        <StatusBadge status="pending" label="not evaluated" />
                      ) : (
                        <StatusBadge status={generation.evaluation.approved ? 'passed' : 'failed'} />
                      )}
                    </td>
                    <td>{formatScore(generation.evaluation?.score)}</td>
                    <td>{formatTime(generation.evaluation?.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
