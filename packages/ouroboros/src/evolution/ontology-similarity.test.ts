import { describe, expect, it } from 'vitest';
import { ontology, TASK_ONTOLOGY } from '../../test/fixtures.js';
import { ontologySimilarity } from './ontology-similarity.js';

const fields = (count: number, sameDescriptions: number) =>
  Array.from(
    { length: count },
    (_, i) => [`F${i}`, 'string', i < sameDescriptions ? `d${i}` : `changed ${i}`] as const,
  );

describe('ontologySimilarity', () => {
  it('scores {Task, Priority, Status} → +DueDate as 0.75', () => {
    const grown = ontology([
      ...TASK_ONTOLOGY.fields.map((f) => [f.name, f.type, f.description] as const),
      ['DueDate', 'date', 'When'],
    ]);
    expect(ontologySimilarity(TASK_ONTOLOGY, grown)).toBe(0.75);
  });

  it('is 1 for identical ontologies and for two empty ones', () => {
    expect(ontologySimilarity(TASK_ONTOLOGY, TASK_ONTOLOGY)).toBe(1);
    expect(ontologySimilarity(ontology([]), ontology([]))).toBe(1);
  });

  it('is 0 when no names are shared', () => {
    expect(ontologySimilarity(ontology([['A', 'x', 'a']]), ontology([['B', 'x', 'a']]))).toBe(0);
  });

  it('weighs names 0.5, types 0.3 and descriptions 0.2', () => {
    const base = ontology([['Task', 'entity', 'A thing']]);
    expect(ontologySimilarity(base, ontology([['Task', 'record', 'A thing']]))).toBe(0.5);
    expect(ontologySimilarity(base, ontology([['Task', 'entity', 'Something']]))).toBe(0.8);
  });

  it('puts 15 of 20 same descriptions at exactly 0.95 and 14 of 20 at 0.94', () => {
    const reference = ontology(fields(20, 20));
    expect(ontologySimilarity(reference, ontology(fields(20, 15)))).toBe(0.95);
    expect(ontologySimilarity(reference, ontology(fields(20, 14)))).toBe(0.94);
  });

  it('is symmetric', () => {
    const a = ontology([
      ['A', 'x', '1'],
      ['B', 'y', '2'],
    ]);
    const b = ontology([
      ['B', 'y', '3'],
      ['C', 'z', '4'],
    ]);
    expect(ontologySimilarity(a, b)).toBe(ontologySimilarity(b, a));
  });
});
