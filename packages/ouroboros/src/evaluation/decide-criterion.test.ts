import { describe, expect, it } from 'vitest';
import { decideCriterion } from './decide-criterion.js';
import type { ConsensusResult, MechanicalResult, SemanticResult } from './evaluation-result.js';

const key = 'ac_0000000000000001';
const mechanical = (outcome: MechanicalResult['outcome']): MechanicalResult => ({
  stage: 'mechanical',
  criterionKey: key,
  outcome,
  failures: [],
});
const semantic = (approved: boolean): SemanticResult => ({
  stage: 'semantic',
  criterionKey: key,
  approved,
  vetoed: false,
  trigger: null,
  judgement: {
    score: 0.85,
    criterionMet: approved,
    goalAlignment: 1,
    drift: 0,
    uncertainty: 0,
    rewardHackingRisk: 0,
    reasoning: '',
    evidence: [],
  },
});
const consensus = (approved: boolean): ConsensusResult => ({
  stage: 'consensus',
  criterionKey: key,
  trigger: 'seed-modification',
  votes: [],
  ratio: approved ? 1 : 0,
  approved,
  vetoed: false,
});

describe('decideCriterion', () => {
  it('fails on a failed mechanical check whatever came later', () => {
    expect(decideCriterion(key, [mechanical('failed'), semantic(true)])).toMatchObject({
      verdict: 'fail',
      decidedBy: 'mechanical',
    });
  });

  it('lets consensus overrule the semantic stage', () => {
    expect(decideCriterion(key, [mechanical('passed'), semantic(false), consensus(true)])).toMatchObject({
      verdict: 'pass',
      decidedBy: 'consensus',
      score: 0.85,
    });
    expect(decideCriterion(key, [mechanical('passed'), semantic(true), consensus(false)]).verdict).toBe('fail');
  });

  it('uses the semantic stage when no consensus ran', () => {
    expect(decideCriterion(key, [mechanical('skipped'), semantic(true)])).toMatchObject({
      verdict: 'pass',
      decidedBy: 'semantic',
    });
  });

  it('leaves a criterion nobody could check unresolved', () => {
    expect(decideCriterion(key, [mechanical('skipped')])).toMatchObject({
      verdict: 'unresolved',
      decidedBy: null,
      score: null,
    });
  });
});
