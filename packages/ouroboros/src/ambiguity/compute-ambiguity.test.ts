import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL_CONFIG } from '../protocol/protocol-config.js';
import { computeAmbiguity } from './compute-ambiguity.js';

const greenfield = { brownfield: false } as const;
const brownfield = { brownfield: true } as const;

describe('computeAmbiguity', () => {
  it('scores goal 0.9, constraints 0.8, success 0.7 as 0.19: ready and qualifying', () => {
    const score = computeAmbiguity({ goal: 0.9, constraints: 0.8, successCriteria: 0.7 }, greenfield)._unsafeUnwrap();
    expect(score).toMatchObject({
      overall: 0.19,
      milestone: 'ready',
      readyForSeed: true,
      floorFailures: [],
      qualifies: true,
    });
  });

  it('opens at exactly 0.2 (inclusive threshold)', () => {
    const score = computeAmbiguity({ goal: 0.8, constraints: 0.8, successCriteria: 0.8 }, greenfield)._unsafeUnwrap();
    expect(score.overall).toBe(0.2);
    expect(score.readyForSeed).toBe(true);
    expect(score.milestone).toBe('ready');
  });

  it('stays closed at 0.2001, just above the threshold', () => {
    const score = computeAmbiguity(
      { goal: 0.8, constraints: 0.8, successCriteria: 0.7997 },
      greenfield,
    )._unsafeUnwrap();
    expect(score.overall).toBe(0.2001);
    expect(score.readyForSeed).toBe(false);
    expect(score.qualifies).toBe(false);
    expect(score.milestone).toBe('refined');
  });

  it('uses the greenfield weights 0.40 / 0.30 / 0.30', () => {
    expect(computeAmbiguity({ goal: 1, constraints: 0, successCriteria: 0 }, greenfield)._unsafeUnwrap().overall).toBe(
      0.6,
    );
    expect(computeAmbiguity({ goal: 0, constraints: 1, successCriteria: 0 }, greenfield)._unsafeUnwrap().overall).toBe(
      0.7,
    );
    expect(computeAmbiguity({ goal: 0, constraints: 0, successCriteria: 1 }, greenfield)._unsafeUnwrap().overall).toBe(
      0.7,
    );
  });

  it('uses the brownfield weights 0.35 / 0.25 / 0.25 / 0.15', () => {
    const score = computeAmbiguity({ goal: 0.9, constraints: 0.8, successCriteria: 0.7, context: 0.6 }, brownfield);
    expect(score._unsafeUnwrap()).toMatchObject({ overall: 0.22, readyForSeed: false, brownfield: true });
    expect(
      computeAmbiguity({ goal: 0, constraints: 0, successCriteria: 0, context: 1 }, brownfield)._unsafeUnwrap().overall,
    ).toBe(0.85);
  });

  it('ignores a context score for greenfield work', () => {
    const score = computeAmbiguity(
      { goal: 0.9, constraints: 0.8, successCriteria: 0.7, context: 0 },
      greenfield,
    )._unsafeUnwrap();
    expect(score.overall).toBe(0.19);
    expect(score.clarity).toEqual({ goal: 0.9, constraints: 0.8, successCriteria: 0.7 });
  });

  it('counts a missing brownfield context as 0 and fails its floor', () => {
    const score = computeAmbiguity({ goal: 0.9, constraints: 0.8, successCriteria: 0.7 }, brownfield)._unsafeUnwrap();
    expect(score.overall).toBe(0.31);
    expect(score.floorFailures).toEqual(['context']);
  });

  it('does not let strong dimensions mask a goal just below its 0.75 floor', () => {
    const atFloor = computeAmbiguity(
      { goal: 0.75, constraints: 0.95, successCriteria: 0.95 },
      greenfield,
    )._unsafeUnwrap();
    expect(atFloor).toMatchObject({ overall: 0.13, floorFailures: [], qualifies: true });
    const below = computeAmbiguity(
      { goal: 0.7499, constraints: 0.95, successCriteria: 0.95 },
      greenfield,
    )._unsafeUnwrap();
    expect(below).toMatchObject({ overall: 0.13, readyForSeed: true, floorFailures: ['goal'], qualifies: false });
  });

  it('applies the constraints floor 0.65 and the success-criteria floor 0.70 at their boundaries', () => {
    const constraints = (value: number) =>
      computeAmbiguity({ goal: 1, constraints: value, successCriteria: 1 }, greenfield)._unsafeUnwrap().floorFailures;
    const success = (value: number) =>
      computeAmbiguity({ goal: 1, constraints: 1, successCriteria: value }, greenfield)._unsafeUnwrap().floorFailures;
    expect(constraints(0.65)).toEqual([]);
    expect(constraints(0.6499)).toEqual(['constraints']);
    expect(success(0.7)).toEqual([]);
    expect(success(0.6999)).toEqual(['successCriteria']);
  });

  it('applies the brownfield context floor 0.60 at its boundary', () => {
    const context = (value: number) =>
      computeAmbiguity({ goal: 1, constraints: 1, successCriteria: 1, context: value }, brownfield)._unsafeUnwrap();
    expect(context(0.6)).toMatchObject({ overall: 0.06, floorFailures: [], qualifies: true });
    expect(context(0.5999)).toMatchObject({ floorFailures: ['context'], qualifies: false });
  });

  it('clamps clarity values into [0, 1]', () => {
    const score = computeAmbiguity({ goal: 1.5, constraints: -0.2, successCriteria: 1 }, greenfield)._unsafeUnwrap();
    expect(score.clarity).toEqual({ goal: 1, constraints: 0, successCriteria: 1 });
    expect(score.overall).toBe(0.3);
  });

  it('refuses NaN and infinite clarity instead of guessing', () => {
    expect(
      computeAmbiguity({ goal: Number.NaN, constraints: 1, successCriteria: 1 }, greenfield)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'clarity.goal',
    });
    expect(
      computeAmbiguity(
        { goal: 1, constraints: 1, successCriteria: 1, context: Infinity },
        brownfield,
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'invalid-input', field: 'clarity.context' });
  });

  it('reads threshold and weights from the config it is given', () => {
    const config = {
      ...DEFAULT_PROTOCOL_CONFIG,
      ambiguity: {
        ...DEFAULT_PROTOCOL_CONFIG.ambiguity,
        threshold: 0.1,
        greenfieldWeights: { goal: 1, constraints: 0, successCriteria: 0 },
      },
    };
    const score = computeAmbiguity(
      { goal: 0.85, constraints: 0, successCriteria: 0 },
      { ...greenfield, config },
    )._unsafeUnwrap();
    expect(score.overall).toBe(0.15);
    expect(score.readyForSeed).toBe(false);
  });
});
