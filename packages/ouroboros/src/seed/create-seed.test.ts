import { describe, expect, it } from 'vitest';
import { draft, OPEN_GATE, seed } from '../../test/fixtures.js';
import { createSeed } from './create-seed.js';
import { criterionKey } from './criterion-key.js';

const identity = {
  id: 'seed_abcdef012345',
  createdAt: '2026-01-02T03:04:05.000Z',
  generation: 1,
  parentId: null,
  gate: OPEN_GATE,
};

describe('createSeed', () => {
  it('derives every criterion key from its content', () => {
    const created = createSeed(draft(), identity)._unsafeUnwrap();
    expect(created.acceptanceCriteria.map((criterion) => criterion.key)).toEqual(
      draft().acceptanceCriteria.map((criterion) => criterionKey(criterion)),
    );
    expect(created.acceptanceCriteria[0]?.key).toMatch(/^ac_[a-f0-9]{16}$/);
  });

  it('returns a deep-frozen seed that cannot be changed', () => {
    const created = seed();
    expect(Object.isFrozen(created)).toBe(true);
    expect(Object.isFrozen(created.acceptanceCriteria)).toBe(true);
    expect(Object.isFrozen(created.acceptanceCriteria[0]?.verify)).toBe(true);
    expect(Object.isFrozen(created.ontology.fields[0])).toBe(true);
    expect(Object.isFrozen(created.gate)).toBe(true);
    expect(() => {
      (created as { goal: string }).goal = 'something else';
    }).toThrow(TypeError);
    expect(() => {
      (created.constraints as string[]).push('more');
    }).toThrow(TypeError);
  });

  it('leaves the draft it was given unfrozen and unchanged', () => {
    const input = draft();
    createSeed(input, identity)._unsafeUnwrap();
    expect(Object.isFrozen(input.acceptanceCriteria)).toBe(false);
    expect(input).toEqual(draft());
  });

  it('refuses a verify command given as a shell string', () => {
    const shell = draft({
      acceptanceCriteria: [
        { description: 'tests pass', verify: 'npm test && echo ok' as unknown as string[], expectedArtifacts: [] },
      ],
    });
    expect(createSeed(shell, identity)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-seed',
      issues: [{ path: 'acceptanceCriteria.0.verify' }],
    });
  });

  it('names every problem with its path', () => {
    const broken = draft({
      goal: '  ',
      acceptanceCriteria: [
        { description: 'escapes', verify: [''], expectedArtifacts: ['../secret', '/abs'], outputAssertion: 'ok' },
        { description: 'asserts without a command', expectedArtifacts: [], outputAssertion: 'ok' },
      ],
    });
    const error = createSeed(broken, identity)._unsafeUnwrapErr();
    expect(error.code).toBe('invalid-seed');
    // The structural issue (blank goal) is reported first; fix it to see the cross-field ones.
    expect(error.issues).toEqual([{ path: 'goal', message: 'must not be blank' }]);
    const crossField = createSeed({ ...broken, goal: 'g' }, identity)._unsafeUnwrapErr();
    expect(crossField).toMatchObject({
      issues: [
        { path: 'acceptanceCriteria.0.verify.0', message: 'must name a program' },
        { path: 'acceptanceCriteria.0.expectedArtifacts.0', message: 'must not contain ".."' },
        { path: 'acceptanceCriteria.0.expectedArtifacts.1', message: 'must be relative to the workspace' },
        { path: 'acceptanceCriteria.1.outputAssertion', message: 'needs a verify command to check against' },
      ],
    });
  });

  it('refuses a seed without acceptance criteria', () => {
    expect(createSeed(draft({ acceptanceCriteria: [] }), identity)._unsafeUnwrapErr()).toMatchObject({
      issues: [{ path: 'acceptanceCriteria', message: 'a seed needs at least one acceptance criterion' }],
    });
  });

  it('refuses the same criterion twice', () => {
    const twice = draft({
      acceptanceCriteria: [
        { description: 'same', expectedArtifacts: [] },
        { description: 'same', expectedArtifacts: [] },
      ],
    });
    expect(createSeed(twice, identity)._unsafeUnwrapErr()).toMatchObject({
      issues: [{ path: 'acceptanceCriteria.1', message: 'duplicate criterion' }],
    });
  });

  it('links generation and parent: generation 1 has none, later ones need one', () => {
    expect(createSeed(draft(), { ...identity, parentId: 'seed_aaaaaaaaaaaa' }).isErr()).toBe(true);
    expect(createSeed(draft(), { ...identity, generation: 2 }).isErr()).toBe(true);
    expect(createSeed(draft(), { ...identity, generation: 2, parentId: 'seed_aaaaaaaaaaaa' }).isOk()).toBe(true);
  });

  it('refuses an unforced gate record above its threshold and a forced one without a reason', () => {
    const above = { ...OPEN_GATE, ambiguity: 0.2001 };
    expect(createSeed(draft(), { ...identity, gate: above })._unsafeUnwrapErr()).toMatchObject({
      issues: [{ path: 'gate.ambiguity' }],
    });
    const forced = { ambiguity: 0.6, threshold: 0.2, forced: true, reason: '' };
    expect(createSeed(draft(), { ...identity, gate: forced })._unsafeUnwrapErr()).toMatchObject({
      issues: [{ path: 'gate.reason' }],
    });
    expect(createSeed(draft(), { ...identity, gate: { ...forced, reason: 'user insisted' } }).isOk()).toBe(true);
  });
});
