import { describe, expect, it } from 'vitest';
import { A, B, C, evaluation, snapshots } from '../../test/snapshots.js';
import { DEFAULT_PROTOCOL_CONFIG } from '../protocol/protocol-config.js';
import { evaluateConvergence } from './evaluate-convergence.js';

describe('evaluateConvergence', () => {
  it('continues while nothing has been evaluated', () => {
    expect(evaluateConvergence(snapshots([{ ontology: A, evaluation: null }]))).toMatchObject({
      action: 'continue',
      reason: 'not-evaluated',
    });
  });

  it('converges at generation 1 when the outcome passes (before the minimum-generation guard)', () => {
    expect(evaluateConvergence(snapshots([{ ontology: A, evaluation: evaluation(true, 0.9) }]))).toMatchObject({
      action: 'converged',
      reason: 'outcome-passed',
    });
  });

  it('needs an evaluation score of at least 0.7 for the outcome gate', () => {
    expect(evaluateConvergence(snapshots([{ ontology: A, evaluation: evaluation(true, 0.7) }])).action).toBe(
      'converged',
    );
    expect(evaluateConvergence(snapshots([{ ontology: A, evaluation: evaluation(true, 0.6999) }]))).toMatchObject({
      action: 'continue',
      reason: 'below-minimum',
    });
  });

  it('refuses the outcome gate when a criterion regressed', () => {
    const signal = evaluateConvergence(
      snapshots([
        { ontology: A, evaluation: evaluation(false, 0.5, { ac_1: 'pass', ac_2: 'fail' }) },
        { ontology: B, evaluation: { ...evaluation(true, 0.9, { ac_1: 'fail', ac_2: 'pass' }), approved: true } },
      ]),
    );
    expect(signal).toMatchObject({ action: 'continue', regressions: ['ac_1'] });
  });

  it('is exhausted at the generation cap, not one before', () => {
    const run = (count: number) =>
      evaluateConvergence(
        snapshots(
          Array.from({ length: count }, (_, i) => ({
            ontology: [A, B, C][i % 3]!,
            evaluation: evaluation(false, (i % 7) / 10),
          })),
        ),
      );
    expect(run(30)).toMatchObject({ action: 'exhausted', reason: 'generation-cap' });
    expect(run(29).action).not.toBe('exhausted');
    const ralph = {
      ...DEFAULT_PROTOCOL_CONFIG,
      evolution: { ...DEFAULT_PROTOCOL_CONFIG.evolution, maxGenerations: 10 },
    };
    expect(
      evaluateConvergence(
        snapshots(
          Array.from({ length: 10 }, (_, i) => ({
            ontology: [A, B, C][i % 3]!,
            evaluation: evaluation(false, (i % 7) / 10),
          })),
        ),
        ralph,
      ).action,
    ).toBe('exhausted');
  });

  it('continues below the minimum of 3 generations', () => {
    expect(evaluateConvergence(snapshots([{ ontology: A }, { ontology: A }]))).toMatchObject({
      action: 'continue',
      reason: 'below-minimum',
      similarity: 1,
    });
  });

  it('converges on a stable ontology after it had evolved, when approved', () => {
    const signal = evaluateConvergence(
      snapshots([
        { ontology: A, evaluation: evaluation(false, 0.4) },
        { ontology: B, evaluation: evaluation(false, 0.5) },
        { ontology: B, evaluation: evaluation(true, 0.65) },
      ]),
    );
    expect(signal).toMatchObject({ action: 'converged', reason: 'ontology-stable', similarity: 1, blockedBy: [] });
  });

  it('withholds convergence on a stable ontology that never evolved, and calls it stagnation', () => {
    const signal = evaluateConvergence(
      snapshots([
        { ontology: A, evaluation: evaluation(true, 0.65) },
        { ontology: A, evaluation: evaluation(true, 0.65) },
        { ontology: A, evaluation: evaluation(true, 0.65) },
      ]),
    );
    expect(signal).toMatchObject({ action: 'stagnated', reason: 'no-change', blockedBy: ['never-evolved'] });
  });

  it('withholds convergence on a stable ontology whose evaluation was rejected', () => {
    const signal = evaluateConvergence(
      snapshots([
        { ontology: A, evaluation: evaluation(false, 0.2) },
        { ontology: B, evaluation: evaluation(false, 0.4) },
        { ontology: B, evaluation: evaluation(false, 0.6) },
      ]),
    );
    expect(signal).toMatchObject({ action: 'continue', reason: 'stability-blocked', blockedBy: ['not-approved'] });
  });

  it('stops as stagnated on oscillation', () => {
    const signal = evaluateConvergence(snapshots([{ ontology: A }, { ontology: B }, { ontology: A }, { ontology: B }]));
    expect(signal).toMatchObject({ action: 'stagnated', reason: 'oscillation' });
  });

  it('keeps evolving while the ontology still changes and scores improve', () => {
    expect(evaluateConvergence(snapshots([{ ontology: A }, { ontology: B }, { ontology: C }]))).toMatchObject({
      action: 'continue',
      reason: 'evolving',
      similarity: 0,
    });
  });
});
