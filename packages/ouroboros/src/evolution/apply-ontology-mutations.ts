import { err, ok, type Result } from 'neverthrow';
import { invalidInput } from '../errors/constructors.js';
import type { InvalidInputError } from '../errors/ouroboros-error.js';
import type { Ontology, OntologyField } from '../seed/seed.js';
import type { OntologyMutation } from './evolution-types.js';

/**
 * Applies mutations in order and returns a new ontology: `add` needs a new name, `modify` and
 * `remove` an existing one. Field order is kept; added fields go last.
 */
export function applyOntologyMutations(
  ontology: Ontology,
  mutations: readonly OntologyMutation[],
): Result<Ontology, InvalidInputError> {
  let fields: OntologyField[] = [...ontology.fields];
  for (const [index, mutation] of mutations.entries()) {
    const name = mutation.action === 'remove' ? mutation.name : mutation.field.name;
    const exists = fields.some((field) => field.name === name);
    const field = `mutations.${index}`;
    if (mutation.action === 'add') {
      if (exists) return err(invalidInput(field, `cannot add "${name}": the field exists`));
      fields = [...fields, mutation.field];
    } else if (!exists) {
      return err(invalidInput(field, `cannot ${mutation.action} "${name}": no such field`));
    } else if (mutation.action === 'modify') {
      fields = fields.map((existing) => (existing.name === name ? mutation.field : existing));
    } else {
      fields = fields.filter((existing) => existing.name !== name);
    }
  }
  return ok({ ...ontology, fields });
}
