import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { GenerationSnapshot } from './generation-snapshot.js';
import { ontologySimilarity } from './ontology-similarity.js';
import { questionOverlap } from './question-overlap.js';

/** How a lineage is stuck. */
export type StagnationPattern = 'no-change' | 'score-plateau' | 'oscillation' | 'repeated-questions';

/**
 * Checks completed generations (oldest first) for stagnation, in order:
 * - `no-change`: every consecutive pair in the last 3 has ontology similarity ≥ 0.95;
 * - `score-plateau`: the last 3 were all rejected and consecutive scores differ by < 0.01;
 * - `oscillation`: sim(N, N−2) ≥ 0.95, and with 4 or more also sim(N−1, N−3) ≥ 0.95;
 * - `repeated-questions`: ≥ 70% of the latest Wonder questions repeat those of at least 2 of
 *   the 3 generations before it.
 * Null when none applies (each needs at least 3 generations).
 */
export function detectStagnation(
  completed: readonly GenerationSnapshot[],
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): StagnationPattern | null {
  const { convergence, window, plateauEpsilon, repeatOverlap } = config.evolution;
  const n = completed.length;
  const at = (back: number): GenerationSnapshot => completed[n - 1 - back] as GenerationSnapshot;
  const similar = (x: number, y: number): boolean => ontologySimilarity(at(x).ontology, at(y).ontology) >= convergence;
  if (n >= window && Array.from({ length: window - 1 }, (_, i) => similar(i, i + 1)).every(Boolean)) {
    return 'no-change';
  }
  if (n < 3) return null;
  // Rejected generations only: an approved one has no score to plateau on.
  const [first, second, third] = [at(2), at(1), at(0)].map((snapshot) =>
    snapshot.evaluation === null || snapshot.evaluation.approved ? null : snapshot.evaluation.score,
  );
  const plateau =
    first != null &&
    second != null &&
    third != null &&
    Math.abs(second - first) < plateauEpsilon &&
    Math.abs(third - second) < plateauEpsilon;
  if (plateau) return 'score-plateau';
  if (similar(0, 2) && (n === 3 || similar(1, 3))) return 'oscillation';
  const latest = at(0).wonderQuestions;
  const repeats = [1, 2, 3]
    .filter((back) => back < n)
    .filter((back) => questionOverlap(latest, at(back).wonderQuestions) >= repeatOverlap).length;
  return repeats >= 2 ? 'repeated-questions' : null;
}
