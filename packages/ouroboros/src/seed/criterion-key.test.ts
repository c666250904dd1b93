import { describe, expect, it } from 'vitest';
import { criterionKey } from './criterion-key.js';

const base = {
  description: 'Tests pass',
  verify: ['npm', 'test'],
  expectedArtifacts: ['out.txt'],
  outputAssertion: 'ok',
};

describe('criterionKey', () => {
  it('is stable for the same content', () => {
    expect(criterionKey(base)).toBe(criterionKey({ ...base, expectedArtifacts: ['out.txt'] }));
    expect(criterionKey(base)).toMatch(/^ac_[a-f0-9]{16}$/);
  });

  it('changes when any part of the contract changes', () => {
    const keys = new Set([
      criterionKey(base),
      criterionKey({ ...base, description: 'Tests pass.' }),
      criterionKey({ ...base, verify: ['npm', 'run', 'test'] }),
      criterionKey({ ...base, expectedArtifacts: [] }),
      criterionKey({ ...base, outputAssertion: 'OK' }),
      criterionKey({ description: base.description, expectedArtifacts: base.expectedArtifacts }),
    ]);
    expect(keys.size).toBe(6);
  });

  it('does not confuse argv boundaries', () => {
    expect(criterionKey({ ...base, verify: ['npm test'] })).not.toBe(criterionKey(base));
  });
});
