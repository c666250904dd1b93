import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import { detectStagnation, type StagnationPattern } from './detect-stagnation.js';
import type { GenerationSnapshot } from './generation-snapshot.js';
import { ontologySimilarity } from './ontology-similarity.js';
import { findRegressions } from './find-regressions.js';

/** Why ontology stability did not count as convergence. */
export type StabilityBlock = 'not-approved' | 'unresolved' | 'regression' | 'never-evolved';

/** What the lineage should do next, and why. */
export interface ConvergenceSignal {
  readonly action: 'continue' | 'converged' | 'exhausted' | 'stagnated';
  readonly reason:
    | 'not-evaluated'
    | 'outcome-passed'
    | 'generation-cap'
    | 'below-minimum'
    | 'ontology-stable'
    | StagnationPattern
    | 'stability-blocked'
    | 'evolving';
  /** Ontology similarity of the last two completed generations, or null with fewer than two. */
  readonly similarity: number | null;
  /** Criteria that passed in an earlier generation and fail in the latest. */
  readonly regressions: readonly string[];
  /** Why a stable ontology was not accepted as convergence (empty otherwise). */
  readonly blockedBy: readonly StabilityBlock[];
}

/**
 * Decides convergence over completed (evaluated) generations, oldest first, in the reference order:
 * 1. outcome gate — approved, nothing unresolved, score ≥ 0.7, no regression → converged;
 * 2. generation cap reached → exhausted;
 * 3. fewer than the minimum generations → continue;
 * 4. ontology similarity of the last two ≥ 0.95 → converged, unless blocked (rejected, unresolved,
 *    regression, or no pair ever below 0.95);
 * 5–8. stagnation ({@link detectStagnation}) → stagnated;
 * 9. otherwise continue.
 */
export function evaluateConvergence(
  snapshots: readonly GenerationSnapshot[],
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): ConvergenceSignal {
  const { convergence, evalMinScore, maxGenerations, minGenerations } = config.evolution;
  const completed = snapshots.filter((snapshot) => snapshot.evaluation !== null);
  const latest = completed.at(-1);
  const previous = completed.at(-2);
  const similarity = latest && previous ? ontologySimilarity(previous.ontology, latest.ontology) : null;
  const regressions = findRegressions(completed);
  const signal = (
    action: ConvergenceSignal['action'],
    reason: ConvergenceSignal['reason'],
    blockedBy: StabilityBlock[] = [],
  ) => ({ action, reason, similarity, regressions, blockedBy }) satisfies ConvergenceSignal;
  if (latest?.evaluation == null) return signal('continue', 'not-evaluated');
  const evaluation = latest.evaluation;
  const outcomePassed =
    evaluation.approved &&
    evaluation.unresolved.length === 0 &&
    evaluation.score !== null &&
    evaluation.score >= evalMinScore &&
    regressions.length === 0;
  if (outcomePassed) return signal('converged', 'outcome-passed');
  if (latest.generation >= maxGenerations) return signal('exhausted', 'generation-cap');
  if (completed.length < minGenerations) return signal('continue', 'below-minimum');
  const blocks: StabilityBlock[] = [];
  if (similarity !== null && similarity >= convergence) {
    if (!evaluation.approved) blocks.push('not-approved');
    if (evaluation.unresolved.length > 0) blocks.push('unresolved');
    if (regressions.length > 0) blocks.push('regression');
    const everEvolved = completed
      .slice(1)
      .some(
        (snapshot, i) =>
          ontologySimilarity((completed[i] as GenerationSnapshot).ontology, snapshot.ontology) < convergence,
      );
    if (!everEvolved) blocks.push('never-evolved');
    if (blocks.length === 0) return signal('converged', 'ontology-stable');
  }
  const stagnation = detectStagnation(completed, config);
  if (stagnation !== null) return signal('stagnated', stagnation, blocks);
  return blocks.length > 0 ? signal('continue', 'stability-blocked', blocks) : signal('continue', 'evolving');
}
