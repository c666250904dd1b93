import { describe, expect, it } from 'vitest';
import { milestoneFor } from './milestone-for.js';

describe('milestoneFor', () => {
  it.each([
    [0.41, 'initial'],
    [0.4001, 'initial'],
    [0.4, 'progress'],
    [0.3001, 'progress'],
    [0.3, 'refined'],
    [0.2001, 'refined'],
    [0.2, 'ready'],
    [0, 'ready'],
  ] as const)('labels ambiguity %s as %s', (overall, milestone) => {
    expect(milestoneFor(overall)).toBe(milestone);
  });
});
