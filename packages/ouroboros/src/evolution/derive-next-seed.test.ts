import { describe, expect, it } from 'vitest';
import { seed, summary } from '../../test/fixtures.js';
import { deriveNextSeed } from './derive-next-seed.js';
import type { ReflectOutput } from './evolution-types.js';

const parent = seed();
const [first, second, third] = parent.acceptanceCriteria.map((criterion) => criterion.key) as [string, string, string];
const evaluation = summary(parent, { [second]: 'fail', [third]: 'fail' }, 0.6);
const options = { id: 'seed_000000000002', createdAt: '2026-01-03T00:00:00.000Z' };
const revised = {
  description: 'Tasks survive a restart of the process',
  verify: ['npm', 'test', '--', 'persist'],
  expectedArtifacts: [],
};

describe('deriveNextSeed', () => {
  it('carries passed criteria over unchanged even when Reflect tries to revise them', () => {
    const reflect: ReflectOutput = {
      patches: [
        { action: 'revise', key: first, criterion: { description: 'weakened', expectedArtifacts: [] } },
        { action: 'revise', key: second, criterion: revised },
        { action: 'keep', key: third },
      ],
      mutations: [],
      reasoning: '',
    };
    const derived = deriveNextSeed(parent, evaluation, reflect, options)._unsafeUnwrap();
    expect(derived.seed.acceptanceCriteria[0]).toEqual(parent.acceptanceCriteria[0]);
    expect(derived.frozen).toEqual([first]);
    expect(derived.overridden).toEqual([first]);
    expect(derived.seed.acceptanceCriteria[1]?.description).toBe(revised.description);
    expect(derived.seed.acceptanceCriteria[1]?.key).not.toBe(second);
    expect(derived.seed.acceptanceCriteria[2]).toEqual(parent.acceptanceCriteria[2]);
  });

  it('links the successor to its parent, one generation on, with direction and gate inherited', () => {
    const reflect: ReflectOutput = {
      patches: [{ action: 'add', criterion: { description: 'Listing shows done tasks last', expectedArtifacts: [] } }],
      mutations: [
        { action: 'add', field: { name: 'DueDate', type: 'date', description: 'When', required: false }, reason: '' },
      ],
      reasoning: '',
    };
    const { seed: next } = deriveNextSeed(parent, evaluation, reflect, options)._unsafeUnwrap();
    expect(next).toMatchObject({
      id: options.id,
      parentId: parent.id,
      generation: 2,
      goal: parent.goal,
      constraints: parent.constraints,
      gate: parent.gate,
      createdAt: options.createdAt,
    });
    expect(next.acceptanceCriteria).toHaveLength(4);
    expect(next.acceptanceCriteria[3]?.description).toBe('Listing shows done tasks last');
    expect(next.ontology.fields.map((field) => field.name)).toEqual(['Task', 'Priority', 'Status', 'DueDate']);
    expect(Object.isFrozen(next.acceptanceCriteria)).toBe(true);
    expect(parent.ontology.fields).toHaveLength(3);
  });

  it('refuses patches for unknown criteria or two patches for one', () => {
    const unknown: ReflectOutput = {
      patches: [{ action: 'keep', key: 'ac_ffffffffffffffff' }],
      mutations: [],
      reasoning: '',
    };
    expect(deriveNextSeed(parent, evaluation, unknown, options)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-input',
      field: 'reflect.patches',
    });
    const twice: ReflectOutput = {
      patches: [
        { action: 'keep', key: second },
        { action: 'keep', key: second },
      ],
      mutations: [],
      reasoning: '',
    };
    expect(deriveNextSeed(parent, evaluation, twice, options).isErr()).toBe(true);
  });

  it('refuses an evaluation of another seed', () => {
    const other = { ...evaluation, seedId: 'seed_ffffffffffff' };
    expect(
      deriveNextSeed(parent, other, { patches: [], mutations: [], reasoning: '' }, options)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'evaluation.seedId',
    });
  });

  it('refuses to go beyond the generation cap', () => {
    const empty: ReflectOutput = { patches: [], mutations: [], reasoning: '' };
    expect(
      deriveNextSeed(parent, evaluation, empty, { ...options, maxGenerations: 1 })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'generation-cap',
      generation: 2,
      cap: 1,
    });
    expect(deriveNextSeed(parent, evaluation, empty, { ...options, maxGenerations: 2 }).isOk()).toBe(true);
  });

  it('refuses adding a criterion that duplicates an existing one', () => {
    const { key: _key, ...copy } = parent.acceptanceCriteria[2]!;
    const duplicate: ReflectOutput = { patches: [{ action: 'add', criterion: copy }], mutations: [], reasoning: '' };
    expect(deriveNextSeed(parent, evaluation, duplicate, options)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-seed',
    });
  });
});
