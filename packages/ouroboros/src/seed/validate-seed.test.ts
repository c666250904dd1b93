import { describe, expect, it } from 'vitest';
import { seed } from '../../test/fixtures.js';
import { validateSeed } from './validate-seed.js';

describe('validateSeed', () => {
  it('accepts a stored seed after a JSON round trip and freezes the copy', () => {
    const original = seed();
    const loaded = validateSeed(JSON.parse(JSON.stringify(original)))._unsafeUnwrap();
    expect(loaded).toEqual(original);
    expect(Object.isFrozen(loaded.acceptanceCriteria[0])).toBe(true);
  });

  it('refuses a criterion whose content no longer matches its key (tampering)', () => {
    const stored = JSON.parse(JSON.stringify(seed())) as { acceptanceCriteria: { description: string }[] };
    stored.acceptanceCriteria[0]!.description = 'Adding a task prints anything';
    expect(validateSeed(stored)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-seed',
      issues: [{ path: 'acceptanceCriteria.0.key', message: "does not match the criterion's content" }],
    });
  });

  it('refuses unknown keys and wrong types', () => {
    const stored = { ...JSON.parse(JSON.stringify(seed())), extra: true, generation: 0 } as unknown;
    const error = validateSeed(stored)._unsafeUnwrapErr();
    expect(error.code).toBe('invalid-seed');
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['', 'generation']);
  });

  it('refuses something that is not a seed at all', () => {
    expect(validateSeed('goal: x')._unsafeUnwrapErr().code).toBe('invalid-seed');
    expect(validateSeed(null)._unsafeUnwrapErr().code).toBe('invalid-seed');
  });

  it('refuses duplicate ontology field names and a seed that is its own parent', () => {
    const stored = JSON.parse(JSON.stringify(seed())) as Record<string, unknown> & {
      ontology: { fields: unknown[] };
    };
    stored.ontology.fields.push(stored.ontology.fields[0]);
    stored.generation = 2;
    stored.parentId = stored.id;
    expect(validateSeed(stored)._unsafeUnwrapErr()).toMatchObject({
      issues: [
        { path: 'ontology.fields.3.name', message: 'duplicate field name' },
        { path: 'parentId', message: 'a seed cannot be its own parent' },
      ],
    });
  });
});
