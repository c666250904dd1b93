import { describe, expect, it } from 'vitest';
import { computeAmbiguity } from './compute-ambiguity.js';
import { nextStreak } from './next-streak.js';

const score = (goal: number) =>
  computeAmbiguity({ goal, constraints: 0.9, successCriteria: 0.9 }, { brownfield: false })._unsafeUnwrap();

describe('nextStreak', () => {
  it('counts consecutive qualifying scores', () => {
    expect(nextStreak(0, score(0.9))).toBe(1);
    expect(nextStreak(1, score(0.9))).toBe(2);
  });

  it('resets on a ready score that misses a floor', () => {
    const belowFloor = score(0.74);
    expect(belowFloor.readyForSeed).toBe(true);
    expect(nextStreak(1, belowFloor)).toBe(0);
  });

  it('resets on a score above the threshold and on a failed scoring', () => {
    expect(nextStreak(1, score(0.3))).toBe(0);
    expect(nextStreak(1, null)).toBe(0);
  });
});
