import { describe, expect, it } from 'vitest';
import type { SemanticJudgement } from './evaluation-result.js';
import { semanticApproval } from './semantic-approval.js';

const judgement = (overrides: Partial<SemanticJudgement>): SemanticJudgement => ({
  score: 0.9,
  criterionMet: true,
  goalAlignment: 0.9,
  drift: 0.1,
  uncertainty: 0.1,
  rewardHackingRisk: 0,
  reasoning: 'fine',
  evidence: ['line 1'],
  ...overrides,
});

describe('semanticApproval', () => {
  it('approves a met criterion at score 0.8 and rejects it at 0.7999', () => {
    expect(semanticApproval(judgement({ score: 0.8 }))).toEqual({ approved: true, vetoed: false });
    expect(semanticApproval(judgement({ score: 0.7999 }))).toEqual({ approved: false, vetoed: false });
  });

  it('rejects an unmet criterion whatever the score', () => {
    expect(semanticApproval(judgement({ score: 1, criterionMet: false }))).toEqual({ approved: false, vetoed: false });
  });

  it('vetoes score 0.95 at reward-hacking risk 0.7, not at 0.6999', () => {
    expect(semanticApproval(judgement({ score: 0.95, rewardHackingRisk: 0.7 }))).toEqual({
      approved: false,
      vetoed: true,
    });
    expect(semanticApproval(judgement({ score: 0.95, rewardHackingRisk: 0.6999 }))).toEqual({
      approved: true,
      vetoed: false,
    });
  });

  it('never reports a veto on something already rejected', () => {
    expect(semanticApproval(judgement({ score: 0.5, rewardHackingRisk: 1 }))).toEqual({
      approved: false,
      vetoed: false,
    });
  });
});
