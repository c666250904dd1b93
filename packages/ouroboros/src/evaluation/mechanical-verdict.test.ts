import { describe, expect, it } from 'vitest';
import { seed } from '../../test/fixtures.js';
import { mechanicalVerdict } from './mechanical-verdict.js';

const subject = seed();
const [withContract, commandOnly, noContract] = subject.acceptanceCriteria as [
  (typeof subject.acceptanceCriteria)[number],
  (typeof subject.acceptanceCriteria)[number],
  (typeof subject.acceptanceCriteria)[number],
];
const good = { exitCode: 0, output: 'added #1\n', presentArtifacts: ['todo.js'] };

describe('mechanicalVerdict', () => {
  it('passes when the command exits 0, the artifacts exist and the assertion appears', () => {
    expect(mechanicalVerdict(withContract, good)).toEqual({
      stage: 'mechanical',
      criterionKey: withContract.key,
      outcome: 'passed',
      failures: [],
    });
  });

  it('lists every failed part of the contract', () => {
    const result = mechanicalVerdict(withContract, { exitCode: 1, output: 'error', presentArtifacts: [] });
    expect(result.outcome).toBe('failed');
    expect(result.failures).toEqual([
      { reason: 'exit-code', exitCode: 1 },
      { reason: 'artifact-missing', path: 'todo.js' },
      { reason: 'assertion-missing', assertion: 'added #1' },
    ]);
  });

  it('fails a command that could not run', () => {
    expect(mechanicalVerdict(commandOnly, { exitCode: null, output: '', presentArtifacts: [] }).failures).toEqual([
      { reason: 'exit-code', exitCode: null },
    ]);
  });

  it('fails a contract that was never observed as not-run', () => {
    expect(mechanicalVerdict(commandOnly, null)).toMatchObject({
      outcome: 'failed',
      failures: [{ reason: 'not-run' }],
    });
  });

  it('reports a criterion without a contract as skipped, not passed', () => {
    expect(mechanicalVerdict(noContract, null).outcome).toBe('skipped');
    expect(mechanicalVerdict(noContract, good).outcome).toBe('skipped');
  });
});
