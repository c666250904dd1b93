import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { Link } from '../../routing/link.js';
import { formatScore } from '../../ui/format-numbers.js';
import { formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { LineageSection } from './lineage-section.js';
import { SeedEvaluations } from './seed-evaluations.js';
import { changesSeeds } from './seed-events.js';
import { seedPath } from './seed-path.js';
import { SeedSpec } from './seed-spec.js';

/** One seed: its facts and gate, its lineage as a graph, its spec, and its evaluations. */
export function SeedDetail({ client, seedId }: { readonly client: OxiosClient; readonly seedId: string }) {
  const record = useLoad((signal) => client.seeds.get(seedId, signal), [seedId]);
  useRefreshOn(['protocol-event-recorded'], record.reload, changesSeeds);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={`Seed ${seedId}`}>
        <Link href="/seeds" class="button button-quiet">
          All seeds
        </Link>
      </PageHeader>
      {record.state.status === 'loading' && <Loading />}
      {record.state.status === 'error' && <ErrorNotice error={record.state.error} onRetry={record.reload} />}
      {record.state.status === 'ok' && (
        <>
          <div class="panel">
            <p class="seed-goal">{record.state.data.seed.goal}</p>
            <dl class="facts">
              <dt>Generation</dt>
              <dd>{record.state.data.seed.generation}</dd>
              <dt>Evolved from</dt>
              <dd>
                {record.state.data.seed.parentId === null ? (
                  'the interview (generation 1)'
                ) : (
                  <Link href={seedPath(record.state.data.seed.parentId)}>
                    <code>{record.state.data.seed.parentId}</code>
                  </Link>
                )}
              </dd>
              <dt>Session</dt>
              <dd>
                {record.state.data.sessionId === null ? (
                  '—'
                ) : (
                  <Link href={`/chat/${encodeURIComponent(record.state.data.sessionId)}`}>Open the conversation</Link>
                )}
              </dd>
              <dt>Task type</dt>
              <dd>{record.state.data.seed.taskType}</dd>
              <dt>Gate</dt>
              <dd>
                {record.state.data.seed.gate.forced ? (
                  <>
                    <StatusBadge status="pending" label="forced" /> {record.state.data.seed.gate.reason} (ambiguity{' '}
                    {formatScore(record.state.data.seed.gate.ambiguity)})
                  </>
                ) : (
                  `ambiguity ${formatScore(record.state.data.seed.gate.ambiguity)} ≤ ${record.state.data.seed.gate.threshold.toFixed(2)}`
                )}
              </dd>
              <dt>Runs</dt>
              <dd>
                {record.state.data.execution.passes} of {record.state.data.execution.runs} passed · average score{' '}
                {formatScore(record.state.data.execution.averageScore)}
              </dd>
              <dt>Created</dt>
              <dd>{formatTime(record.state.data.seed.createdAt)}</dd>
            </dl>
          </div>
          <LineageSection client={client} seedId={seedId} />
          <SeedSpec seed={record.state.data.seed} />
          <SeedEvaluations client={client} seed={record.state.data.seed} />
        </>
      )}
    </section>
  );
}
