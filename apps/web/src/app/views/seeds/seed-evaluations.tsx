import type { OxiosClient, Seed } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { formatScore } from '../../ui/format-numbers.js';
import { formatTime } from '../../ui/format-time.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { changesSeeds } from './seed-events.js';

/** Every evaluation of the seed, newest first, with each criterion's verdict and deciding stage. */
export function SeedEvaluations({ client, seed }: { readonly client: OxiosClient; readonly seed: Seed }) {
  const evaluations = useLoad((signal) => client.seeds.evaluations(seed.id, signal), [seed.id]);
  useRefreshOn(['protocol-event-recorded'], evaluations.reload, changesSeeds);
  const describe = (key: string) =>
    seed.acceptanceCriteria.find((criterion) => criterion.key === key)?.description ?? key;
  return (
    <section class="panel" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">Evaluations</h2>
      {evaluations.state.status === 'loading' && <Loading />}
      {evaluations.state.status === 'error' && (
        <ErrorNotice error={evaluations.state.error} onRetry={evaluations.reload} />
      )}
      {evaluations.state.status === 'ok' &&
        (evaluations.state.data.items.length === 0 ? (
          <Empty>Not evaluated yet.</Empty>
        ) : (
          <ol class="plain-list">
            {[...evaluations.state.data.items].reverse().map((evaluation) => (
              <li key={evaluation.id} class="card">
                <p>
                  <StatusBadge status={evaluation.approved ? 'passed' : 'failed'} /> score{' '}
                  {formatScore(evaluation.score)} · {formatTime(evaluation.createdAt)}
                </p>
                <ul class="plain-list">
                  {evaluation.summary.criteria.map((criterion) => (
                    <li key={criterion.criterionKey}>
                      <StatusBadge status={criterion.verdict} /> {describe(criterion.criterionKey)}{' '}
                      <span class="muted">
                        score {formatScore(criterion.score)}
                        {criterion.decidedBy === null ? '' : ` · decided by the ${criterion.decidedBy} check`}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
