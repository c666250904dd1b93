import { describe, expect, it } from 'vitest';
import { criterionResult, seed } from '../../test/fixtures.js';
import { summarizeEvaluation } from './summarize-evaluation.js';

const subject = seed();
const keys = subject.acceptanceCriteria.map((criterion) => criterion.key) as [string, string, string];

describe('summarizeEvaluation', () => {
  it('approves when every criterion passed and averages the scores', () => {
    const summary = summarizeEvaluation(
      subject,
      keys.map((key, i) => criterionResult(key, 'pass', [0.8, 0.9, 1][i] ?? null)),
    );
    expect(summary).toMatchObject({ seedId: subject.id, generation: 1, approved: true, score: 0.9, unresolved: [] });
  });

  it('does not approve when one criterion failed', () => {
    expect(
      summarizeEvaluation(subject, [
        criterionResult(keys[0], 'pass', 1),
        criterionResult(keys[1], 'fail', 0.2),
        criterionResult(keys[2], 'pass', 1),
      ]).approved,
    ).toBe(false);
  });

  it('does not let a missing criterion pass: it is unresolved and blocks approval', () => {
    const summary = summarizeEvaluation(subject, [
      criterionResult(keys[0], 'pass', 1),
      criterionResult(keys[1], 'pass', 1),
    ]);
    expect(summary).toMatchObject({ approved: false, unresolved: [keys[2]] });
  });

  it('ignores evaluations of criteria the seed does not have', () => {
    const extra = criterionResult('ac_ffffffffffffffff', 'pass', 0);
    const summary = summarizeEvaluation(subject, [...keys.map((key) => criterionResult(key, 'pass', 1)), extra]);
    expect(summary).toMatchObject({ approved: true, score: 1 });
    expect(summary.criteria).toHaveLength(3);
  });

  it('has no score when no criterion has one', () => {
    expect(
      summarizeEvaluation(
        subject,
        keys.map((key) => criterionResult(key, 'pass')),
      ).score,
    ).toBeNull();
  });
});
