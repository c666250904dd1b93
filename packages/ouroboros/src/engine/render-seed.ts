import type { AcceptanceCriterion, Seed } from '../seed/seed.js';

/** A criterion as prompt text, with its key and (optionally) its success contract. */
export function renderCriterion(criterion: AcceptanceCriterion, withContract: boolean): string {
  const lines = [`[${criterion.key}] ${criterion.description}`];
  if (withContract && criterion.verify !== undefined)
    lines.push(`  verify (argv): ${JSON.stringify(criterion.verify)}`);
  if (withContract && criterion.expectedArtifacts.length > 0) {
    lines.push(`  expected artifacts: ${criterion.expectedArtifacts.join(', ')}`);
  }
  if (withContract && criterion.outputAssertion !== undefined) {
    lines.push(`  output must contain: ${JSON.stringify(criterion.outputAssertion)}`);
  }
  return lines.join('\n');
}

/** A seed as prompt text: goal, constraints, criteria with keys, ontology. */
export function renderSeed(seed: Seed, withContracts = true): string {
  const constraints = seed.constraints.length === 0 ? ['(none)'] : seed.constraints.map((item) => `- ${item}`);
  const fields = seed.ontology.fields.map((field) => `- ${field.name} (${field.type}): ${field.description}`);
  return [
    `Goal: ${seed.goal}`,
    `Task type: ${seed.taskType}${seed.brownfield ? ' (existing project)' : ''}`,
    'Constraints:',
    ...constraints,
    'Acceptance criteria:',
    ...seed.acceptanceCriteria.map((criterion) => renderCriterion(criterion, withContracts)),
    `Ontology "${seed.ontology.name}": ${seed.ontology.description}`,
    ...(fields.length === 0 ? ['- (no fields)'] : fields),
  ].join('\n');
}
