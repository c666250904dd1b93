/** One generation of a lineage as the graph draws it. */
export interface LineageNode {
  readonly seedId: string;
  readonly generation: number;
  /** The evaluation's score in [0, 1], or null when not evaluated (or no semantic score). */
  readonly score: number | null;
  /** passed / failed once evaluated; running or pending before. */
  readonly outcome: 'passed' | 'failed' | 'running' | 'pending';
}

/** A node placed on the graph. */
export interface PlacedNode extends LineageNode {
  readonly x: number;
  readonly y: number;
}

/** The graph's geometry: nodes left to right by generation, higher scores higher up. */
export interface LineageLayout {
  readonly width: number;
  readonly height: number;
  /** y of score 0 and score 1. */
  readonly bottom: number;
  readonly top: number;
  readonly left: number;
  readonly nodes: readonly PlacedNode[];
  /** Parent → child edges as pairs of node indexes. */
  readonly edges: readonly (readonly [number, number])[];
}

const STEP = 120;
const LEFT = 56;
const TOP = 28;
const BOTTOM = 150;

/** Lays out a lineage (generation 1 first): x by generation, y by score; unscored nodes sit on the baseline. */
export function layoutLineage(nodes: readonly LineageNode[]): LineageLayout {
  const ordered = [...nodes].sort((a, b) => a.generation - b.generation);
  const placed = ordered.map((node, index) => ({
    ...node,
    x: LEFT + 40 + index * STEP,
    y: node.score === null ? BOTTOM : BOTTOM - Math.min(1, Math.max(0, node.score)) * (BOTTOM - TOP),
  }));
  return {
    width: Math.max(320, LEFT + 80 + Math.max(0, placed.length - 1) * STEP),
    height: BOTTOM + 44,
    bottom: BOTTOM,
    top: TOP,
    left: LEFT,
    nodes: placed,
    edges: placed.slice(1).map((_, index) => [index, index + 1] as const),
  };
}
