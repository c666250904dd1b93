import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { LineageGraph } from './lineage-graph.js';
import { layoutLineage, type LineageNode } from './lineage-layout.js';

const nodes: LineageNode[] = [
  { seedId: 'seed_b', generation: 2, score: 0.9, outcome: 'passed' },
  { seedId: 'seed_a', generation: 1, score: 0.4, outcome: 'failed' },
  { seedId: 'seed_c', generation: 3, score: null, outcome: 'running' },
];

describe('the lineage graph', () => {
  it('places generations left to right, better scores higher, unscored ones on the baseline', () => {
    const layout = layoutLineage(nodes);
    expect(layout.nodes.map((node) => node.seedId)).toEqual(['seed_a', 'seed_b', 'seed_c']);
    const [first, second, third] = layout.nodes;
    expect(first!.x).toBeLessThan(second!.x);
    expect(second!.y).toBeLessThan(first!.y);
    expect(third!.y).toBe(layout.bottom);
    expect(layout.edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('draws each generation as a described link when it can open the seed', () => {
    const html = render(
      <LineageGraph nodes={nodes} currentSeedId="seed_b" hrefOf={(node) => `/seeds/${node.seedId}`} />,
    );
    expect(html).toContain('aria-label="Lineage: 3 generations"');
    expect(html).toContain('href="/seeds/seed_b"');
    expect(html).toContain('aria-label="Generation 2, seed seed_b, score 0.90, passed"');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('graph-node-current');
    expect(html.match(/class="graph-edge"/g)).toHaveLength(2);
    expect(render(<LineageGraph nodes={nodes.slice(0, 1)} />)).toContain('role="img"');
  });
});
