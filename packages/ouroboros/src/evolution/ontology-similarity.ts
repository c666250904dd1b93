import { roundScore } from '../protocol/round-score.js';
import type { Ontology } from '../seed/seed.js';

/**
 * Similarity of two ontologies over the union U of field names:
 * `0.5·|same name|/|U| + 0.3·|same name and type|/|U| + 0.2·|same name, type and description|/|U|`,
 * rounded to 4 decimals; 1 when both have no fields. {Task, Priority, Status} → +DueDate is 0.75.
 */
export function ontologySimilarity(a: Ontology, b: Ontology): number {
  const left = new Map(a.fields.map((field) => [field.name, field]));
  const right = new Map(b.fields.map((field) => [field.name, field]));
  const union = new Set([...left.keys(), ...right.keys()]);
  if (union.size === 0) return 1;
  let common = 0;
  let sameType = 0;
  let same = 0;
  for (const [name, field] of left) {
    const other = right.get(name);
    if (other === undefined) continue;
    common += 1;
    if (other.type !== field.type) continue;
    sameType += 1;
    if (other.description === field.description) same += 1;
  }
  return roundScore((0.5 * common + 0.3 * sameType + 0.2 * same) / union.size);
}
