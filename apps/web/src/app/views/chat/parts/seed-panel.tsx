import { Link } from '../../../routing/link.js';
import { LineageGraph } from '../../seeds/lineage-graph.js';
import type { LineageNode } from '../../seeds/lineage-layout.js';
import type { SeedSummary } from '../run/run-event-schemas.js';

/** The seed the work follows (the lineage's head) and the lineage so far as a graph. */
export function SeedPanel({
  seed,
  nodes,
  lineage,
  seedsView,
}: {
  readonly seed: SeedSummary;
  readonly nodes: readonly LineageNode[];
  readonly lineage: { readonly status: string; readonly reason: string } | null;
  /** Whether the Seeds view can open a seed (the server has the seed routes). */
  readonly seedsView: boolean;
}) {
  const href = (seedId: string) => `/seeds/${encodeURIComponent(seedId)}`;
  return (
    <section class="run-section" aria-labelledby="seed-title">
      <h3 id="seed-title">
        Seed <code>{seed.id}</code> · generation {seed.generation}
      </h3>
      <p>{seed.goal}</p>
      <p class="muted">
        {seed.acceptanceCriteria.length} acceptance {seed.acceptanceCriteria.length === 1 ? 'criterion' : 'criteria'}
        {lineage !== null && ` · lineage ${lineage.status} (${lineage.reason})`}
      </p>
      <LineageGraph
        nodes={nodes}
        currentSeedId={seed.id}
        title="Lineage of this session"
        {...(seedsView ? { hrefOf: (node: LineageNode) => href(node.seedId) } : {})}
      />
      {seedsView && (
        <p>
          <Link href={href(seed.id)}>Open the seed and its lineage</Link>
        </p>
      )}
    </section>
  );
}
