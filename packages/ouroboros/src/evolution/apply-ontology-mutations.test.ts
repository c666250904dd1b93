import { describe, expect, it } from 'vitest';
import { TASK_ONTOLOGY } from '../../test/fixtures.js';
import { applyOntologyMutations } from './apply-ontology-mutations.js';

const due = { name: 'DueDate', type: 'date', description: 'When it is due', required: false };

describe('applyOntologyMutations', () => {
  it('adds, modifies and removes fields in order, keeping field order', () => {
    const result = applyOntologyMutations(TASK_ONTOLOGY, [
      { action: 'add', field: due, reason: 'deadlines were asked for' },
      {
        action: 'modify',
        field: { name: 'Status', type: 'enum', description: 'open, doing or done', required: true },
        reason: 'x',
      },
      { action: 'remove', name: 'Priority', reason: 'nobody needs it' },
    ])._unsafeUnwrap();
    expect(result.fields.map((field) => field.name)).toEqual(['Task', 'Status', 'DueDate']);
    expect(result.fields[1]?.description).toBe('open, doing or done');
    expect(TASK_ONTOLOGY.fields).toHaveLength(3);
  });

  it('refuses to add an existing field or change a missing one', () => {
    const existing = { ...due, name: 'Task' };
    expect(
      applyOntologyMutations(TASK_ONTOLOGY, [{ action: 'add', field: existing, reason: '' }])._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'mutations.0',
    });
    expect(applyOntologyMutations(TASK_ONTOLOGY, [{ action: 'remove', name: 'Nope', reason: '' }]).isErr()).toBe(true);
    expect(applyOntologyMutations(TASK_ONTOLOGY, [{ action: 'modify', field: due, reason: '' }]).isErr()).toBe(true);
  });
});
