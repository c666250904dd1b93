import { describe, expect, it } from 'vitest';
import { computeAmbiguity } from '../ambiguity/compute-ambiguity.js';
import { nextStreak } from '../ambiguity/next-streak.js';
import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import { nextInterviewStep, type InterviewProgress } from './next-interview-step.js';
import type { InterviewRound } from './transcript.js';

const clear = computeAmbiguity(
  { goal: 0.9, constraints: 0.9, successCriteria: 0.9 },
  { brownfield: false },
)._unsafeUnwrap();
const vague = computeAmbiguity(
  { goal: 0.5, constraints: 0.5, successCriteria: 0.5 },
  { brownfield: false },
)._unsafeUnwrap();

function rounds(answered: number, pending = false): InterviewRound[] {
  const list = Array.from({ length: answered }, (_, i) => ({
    round: i + 1,
    question: `q${i + 1}`,
    answer: `a${i + 1}`,
  }));
  return pending ? [...list, { round: answered + 1, question: 'pending', answer: null }] : list;
}

const progress = (overrides: Partial<InterviewProgress>): InterviewProgress => ({
  rounds: [],
  ambiguity: null,
  scoredRound: 0,
  streak: 0,
  ...overrides,
});

describe('nextInterviewStep', () => {
  it('asks first when nothing has been asked', () => {
    expect(nextInterviewStep(progress({}))).toBe('ask');
  });

  it('waits while a question is unanswered', () => {
    expect(nextInterviewStep(progress({ rounds: rounds(3, true), scoredRound: 2 }))).toBe('await-answer');
  });

  it('does not score before 3 answered rounds, and scores from the third', () => {
    expect(nextInterviewStep(progress({ rounds: rounds(2) }))).toBe('ask');
    expect(nextInterviewStep(progress({ rounds: rounds(3) }))).toBe('score');
  });

  it('needs two qualifying scores in a row before completing on its own', () => {
    // Round 3: a qualifying score, streak 1 → keep asking.
    let state = progress({ rounds: rounds(3), ambiguity: clear, scoredRound: 3, streak: nextStreak(0, clear) });
    expect(nextInterviewStep(state)).toBe('ask');
    // Round 4 answered: the score was cleared, so it must be scored again.
    state = { ...state, rounds: rounds(4), ambiguity: null };
    expect(nextInterviewStep(state)).toBe('score');
    state = { ...state, ambiguity: clear, scoredRound: 4, streak: nextStreak(state.streak, clear) };
    expect(state.streak).toBe(2);
    expect(nextInterviewStep(state)).toBe('complete');
  });

  it('does not complete when a non-qualifying score broke the streak', () => {
    let streak = nextStreak(0, clear);
    streak = nextStreak(streak, vague);
    streak = nextStreak(streak, clear);
    const state = progress({ rounds: rounds(5), ambiguity: clear, scoredRound: 5, streak });
    expect(streak).toBe(1);
    expect(nextInterviewStep(state)).toBe('ask');
  });

  it('does not complete on a streak whose latest score was cleared by a new answer', () => {
    const state = progress({ rounds: rounds(5), ambiguity: null as AmbiguityScore | null, scoredRound: 4, streak: 2 });
    expect(nextInterviewStep(state)).toBe('score');
  });

  it('asks again after a failed scoring rather than scoring the same answer forever', () => {
    expect(nextInterviewStep(progress({ rounds: rounds(4), ambiguity: null, scoredRound: 4, streak: 0 }))).toBe('ask');
  });
});
