import { describe, expect, it } from 'vitest';
import { computeAmbiguity } from '../ambiguity/compute-ambiguity.js';
import { checkSeedGate } from './check-seed-gate.js';

const scored = (successCriteria: number) =>
  computeAmbiguity({ goal: 0.8, constraints: 0.8, successCriteria }, { brownfield: false })._unsafeUnwrap();

describe('checkSeedGate', () => {
  it('opens at ambiguity 0.2 and records the score', () => {
    expect(checkSeedGate({ ambiguity: scored(0.8) })._unsafeUnwrap()).toEqual({
      ambiguity: 0.2,
      threshold: 0.2,
      forced: false,
      reason: null,
    });
  });

  it('stays closed at 0.2001', () => {
    expect(checkSeedGate({ ambiguity: scored(0.7997) })._unsafeUnwrapErr()).toEqual({
      code: 'gate-closed',
      ambiguity: 0.2001,
      threshold: 0.2,
      message: 'seed gate closed: ambiguity 0.2001 is above 0.2',
    });
  });

  it('stays closed when the interview was never scored', () => {
    expect(checkSeedGate({ ambiguity: null })._unsafeUnwrapErr()).toMatchObject({
      code: 'gate-closed',
      ambiguity: null,
    });
  });

  it('opens on an explicit force and records the real score and the reason', () => {
    const vague = computeAmbiguity(
      { goal: 0.2, constraints: 0.2, successCriteria: 0.2 },
      { brownfield: false },
    )._unsafeUnwrap();
    expect(checkSeedGate({ ambiguity: vague, force: { reason: '  user typed /seed  ' } })._unsafeUnwrap()).toEqual({
      ambiguity: 0.8,
      threshold: 0.2,
      forced: true,
      reason: 'user typed /seed',
    });
    expect(checkSeedGate({ ambiguity: null, force: { reason: 'demo' } })._unsafeUnwrap()).toMatchObject({
      ambiguity: null,
      forced: true,
    });
  });

  it('refuses a force without a reason', () => {
    expect(checkSeedGate({ ambiguity: null, force: { reason: ' ' } })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-input',
      field: 'force.reason',
    });
  });
});
