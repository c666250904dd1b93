import { navigate } from '../../routing/location.js';
import { formatScore } from '../../ui/format-numbers.js';
import { layoutLineage, type LineageNode } from './lineage-layout.js';

/** Props of {@link LineageGraph}. */
export interface LineageGraphProps {
  readonly nodes: readonly LineageNode[];
  /** Where a node links to (a seed's page); no links when absent. */
  readonly hrefOf?: (node: LineageNode) => string;
  /** The seed to highlight. */
  readonly currentSeedId?: string;
  readonly title?: string;
}

const describe = (node: LineageNode) =>
  `Generation ${node.generation}, seed ${node.seedId}, score ${formatScore(node.score)}, ${node.outcome}`;

/**
 * A lineage as an SVG graph: one node per generation, left to right, placed higher the better its
 * evaluation scored; edges lead from each seed to the one evolved from it. Nodes are links when
 * `hrefOf` is given (keyboard-focusable, each with its full description).
 */
export function LineageGraph({ nodes, hrefOf, currentSeedId, title = 'Lineage' }: LineageGraphProps) {
  const layout = layoutLineage(nodes);
  const ticks = [0, 0.5, 1];
  return (
    <div class="graph-wrap">
      <svg
        class="lineage-graph"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={`${title}: ${nodes.length} ${nodes.length === 1 ? 'generation' : 'generations'}`}
      >
        <defs>
          <marker
            id="lineage-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" class="graph-arrow" />
          </marker>
        </defs>
        {ticks.map((tick) => {
          const y = layout.bottom - tick * (layout.bottom - layout.top);
          return (
            <g key={tick} aria-hidden="true">
              <line class="graph-grid" x1={layout.left} x2={layout.width - 8} y1={y} y2={y} />
              <text class="graph-axis" x={layout.left - 8} y={y + 4} text-anchor="end">
                {tick.toFixed(1)}
              </text>
            </g>
          );
        })}
        <text class="graph-axis" x={12} y={layout.top - 12} aria-hidden="true">
          score
        </text>
        {layout.edges.map(([from, to]) => {
          const a = layout.nodes[from];
          const b = layout.nodes[to];
          if (a === undefined || b === undefined) return null;
          const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
          const shrink = (value: number, towards: number, by: number) => value + ((towards - value) * by) / length;
          return (
            <line
              key={`${a.seedId}-${b.seedId}`}
              class="graph-edge"
              x1={shrink(a.x, b.x, 16)}
              y1={shrink(a.y, b.y, 16)}
              x2={shrink(b.x, a.x, 18)}
              y2={shrink(b.y, a.y, 18)}
              marker-end="url(#lineage-arrow)"
              aria-hidden="true"
            />
          );
        })}
        {layout.nodes.map((node) => {
          const body = (
            <>
              <circle
                class={`graph-node graph-node-${node.outcome}${node.seedId === currentSeedId ? ' graph-node-current' : ''}`}
                cx={node.x}
                cy={node.y}
                r={14}
              />
              <text class="graph-node-label" x={node.x} y={node.y + 4} text-anchor="middle" aria-hidden="true">
                {node.generation}
              </text>
              <text class="graph-score" x={node.x} y={node.y - 20} text-anchor="middle" aria-hidden="true">
                {formatScore(node.score)}
              </text>
              <text class="graph-caption" x={node.x} y={layout.bottom + 34} text-anchor="middle" aria-hidden="true">
                gen {node.generation} · {node.outcome}
              </text>
            </>
          );
          const href = hrefOf?.(node);
          return href === undefined ? (
            <g key={node.seedId} role="img" aria-label={describe(node)}>
              {body}
            </g>
          ) : (
            <a
              key={node.seedId}
              href={href}
              class="graph-link"
              aria-label={describe(node)}
              aria-current={node.seedId === currentSeedId ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                navigate(href);
              }}
            >
              {body}
            </a>
          );
        })}
      </svg>
    </div>
  );
}
