import { describe, expect, it } from 'vitest';
import { recordSeedRun } from './record-seed-run.js';
import { createExecutionRecord } from './seed-execution-record.js';

const run = (passed: boolean, score: number | null, tags?: string[]) => ({
  at: '2026-01-02T00:00:00.000Z',
  passed,
  score,
  durationMs: 1200,
  ...(tags === undefined ? {} : { tags }),
});

describe('recordSeedRun', () => {
  it('starts empty', () => {
    expect(createExecutionRecord('seed_a', ['cli', 'cli'])).toEqual({
      seedId: 'seed_a',
      runs: 0,
      passes: 0,
      lastRun: null,
      averageScore: null,
      scoredRuns: 0,
      tags: ['cli'],
    });
  });

  it('counts runs and passes, keeps the last run and the mean score', () => {
    let record = createExecutionRecord('seed_a');
    record = recordSeedRun(record, run(false, 0.5, ['model:a']))._unsafeUnwrap();
    record = recordSeedRun(record, run(true, 1, ['model:b', 'model:a']))._unsafeUnwrap();
    expect(record).toMatchObject({
      runs: 2,
      passes: 1,
      averageScore: 0.75,
      scoredRuns: 2,
      tags: ['model:a', 'model:b'],
    });
    expect(record.lastRun).toEqual(run(true, 1, ['model:b', 'model:a']));
  });

  it('leaves runs without a score out of the mean', () => {
    let record = createExecutionRecord('seed_a');
    record = recordSeedRun(record, run(true, 0.9))._unsafeUnwrap();
    record = recordSeedRun(record, run(false, null))._unsafeUnwrap();
    record = recordSeedRun(record, run(true, 0.6))._unsafeUnwrap();
    expect(record).toMatchObject({ runs: 3, passes: 2, scoredRuns: 2 });
    expect(record.averageScore).toBeCloseTo(0.75, 12);
  });

  it('does not change the record it was given', () => {
    const record = createExecutionRecord('seed_a');
    recordSeedRun(record, run(true, 1))._unsafeUnwrap();
    expect(record.runs).toBe(0);
  });

  it('refuses a score outside [0, 1] and a negative duration', () => {
    const record = createExecutionRecord('seed_a');
    expect(recordSeedRun(record, run(true, 1.2))._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-input',
      field: 'run.score',
    });
    expect(recordSeedRun(record, run(true, Number.NaN)).isErr()).toBe(true);
    expect(recordSeedRun(record, { ...run(true, 1), durationMs: -1 })._unsafeUnwrapErr()).toMatchObject({
      field: 'run.durationMs',
    });
  });
});
