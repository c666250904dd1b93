import type { AmbiguityScore } from './ambiguity-score.js';

/**
 * The auto-completion streak after a scoring attempt: +1 for a qualifying score (ready for seed
 * and every floor met), back to 0 for a non-qualifying score or a failed scoring (`null`).
 */
export function nextStreak(previous: number, score: AmbiguityScore | null): number {
  return score?.qualifies === true ? previous + 1 : 0;
}
