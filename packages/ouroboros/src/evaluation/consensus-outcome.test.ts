import { describe, expect, it } from 'vitest';
import { consensusOutcome } from './consensus-outcome.js';
import type { ConsensusVote } from './evaluation-result.js';

const subject = { criterionKey: 'ac_0000000000000001', trigger: 'seed-drift-alert', rewardHackingRisk: 0 } as const;
const vote = (approved: boolean): ConsensusVote => ({ voter: 'judge', approved, confidence: 0.8, reasoning: '' });
const votes = (approving: number, total: number) => Array.from({ length: total }, (_, i) => vote(i < approving));

describe('consensusOutcome', () => {
  it('approves 2 of 3 votes (ratio 0.6667 ≥ 0.66)', () => {
    expect(consensusOutcome(votes(2, 3), subject)._unsafeUnwrap()).toMatchObject({
      stage: 'consensus',
      ratio: 0.6667,
      approved: true,
      vetoed: false,
    });
  });

  it('rejects 1 of 3 votes', () => {
    expect(consensusOutcome(votes(1, 3), subject)._unsafeUnwrap()).toMatchObject({ ratio: 0.3333, approved: false });
  });

  it('approves at exactly 0.66 and rejects at 0.65', () => {
    expect(consensusOutcome(votes(66, 100), subject)._unsafeUnwrap().approved).toBe(true);
    expect(consensusOutcome(votes(65, 100), subject)._unsafeUnwrap().approved).toBe(false);
  });

  it('counts only collected votes: 1 of 2 is rejected, 2 of 2 approved', () => {
    expect(consensusOutcome(votes(1, 2), subject)._unsafeUnwrap()).toMatchObject({ ratio: 0.5, approved: false });
    expect(consensusOutcome(votes(2, 2), subject)._unsafeUnwrap()).toMatchObject({ ratio: 1, approved: true });
  });

  it('is an error, not a rejection, with fewer than 2 votes', () => {
    expect(consensusOutcome(votes(1, 1), subject)._unsafeUnwrapErr()).toEqual({
      code: 'insufficient-votes',
      collected: 1,
      required: 2,
      message: 'consensus needs 2 votes, collected 1',
    });
  });

  it('lets a reward-hacking risk of 0.7 veto a unanimous approval', () => {
    expect(consensusOutcome(votes(3, 3), { ...subject, rewardHackingRisk: 0.7 })._unsafeUnwrap()).toMatchObject({
      approved: false,
      vetoed: true,
    });
    expect(consensusOutcome(votes(3, 3), { ...subject, rewardHackingRisk: 0.6999 })._unsafeUnwrap().approved).toBe(
      true,
    );
  });
});
