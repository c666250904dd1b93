import { describe, expect, it } from 'vitest';
import type { SemanticJudgement } from './evaluation-result.js';
import { semanticStage } from './semantic-stage.js';

const judgement = (overrides: Partial<SemanticJudgement>): SemanticJudgement => ({
  score: 0.9,
  criterionMet: true,
  goalAlignment: 0.9,
  drift: 0.1,
  uncertainty: 0.1,
  rewardHackingRisk: 0,
  reasoning: '',
  evidence: [],
  ...overrides,
});

describe('semanticStage', () => {
  it('approves without a trigger when nothing is in doubt', () => {
    expect(semanticStage('ac_1', judgement({}))).toMatchObject({ approved: true, vetoed: false, trigger: null });
  });

  it('takes drift and uncertainty from the judgement to trigger consensus, even on a low score', () => {
    expect(semanticStage('ac_1', judgement({ score: 0.7, drift: 0.31 }))).toMatchObject({
      approved: false,
      trigger: 'seed-drift-alert',
    });
  });

  it('rejects an unmet criterion at once, without consensus, unless consensus was requested', () => {
    const unmet = judgement({ criterionMet: false, uncertainty: 0.9 });
    expect(semanticStage('ac_1', unmet, { seedModified: true }).trigger).toBeNull();
    expect(semanticStage('ac_1', unmet, { manualRequest: true }).trigger).toBe('manual-request');
  });
});
