import type { ValidationIssue } from '../errors/ouroboros-error.js';
import { artifactPathProblem } from './artifact-path-problem.js';
import { criterionKey } from './criterion-key.js';
import type { CriterionDraft, Seed } from './seed.js';

const CONTRACT_BUDGET = 64_000;

/** The cross-field problems of one criterion draft, with paths under `prefix`. */
function criterionIssues(criterion: CriterionDraft, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const program = criterion.verify?.[0];
  if (program?.trim() === '') issues.push({ path: `${prefix}.verify.0`, message: 'must name a program' });
  criterion.verify?.forEach((arg, index) => {
    if (arg.includes('\0')) issues.push({ path: `${prefix}.verify.${index}`, message: 'must not contain NUL' });
  });
  if (criterion.outputAssertion !== undefined && criterion.verify === undefined) {
    issues.push({ path: `${prefix}.outputAssertion`, message: 'needs a verify command to check against' });
  }
  const seen = new Set<string>();
  criterion.expectedArtifacts.forEach((path, index) => {
    const problem = artifactPathProblem(path);
    if (problem !== null) issues.push({ path: `${prefix}.expectedArtifacts.${index}`, message: problem });
    if (seen.has(path)) issues.push({ path: `${prefix}.expectedArtifacts.${index}`, message: 'duplicate path' });
    seen.add(path);
  });
  const size =
    criterion.description.length +
    (criterion.verify ?? []).join(' ').length +
    criterion.expectedArtifacts.join('').length +
    (criterion.outputAssertion ?? '').length;
  if (size > CONTRACT_BUDGET) issues.push({ path: prefix, message: `contract exceeds ${CONTRACT_BUDGET} characters` });
  return issues;
}

/** The cross-field problems of a structurally valid seed; empty when it is valid. */
export function seedIssues(seed: Seed): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const keys = new Set<string>();
  seed.acceptanceCriteria.forEach((criterion, index) => {
    const prefix = `acceptanceCriteria.${index}`;
    issues.push(...criterionIssues(criterion, prefix));
    if (criterion.key !== criterionKey(criterion)) {
      issues.push({ path: `${prefix}.key`, message: "does not match the criterion's content" });
    }
    if (keys.has(criterion.key)) issues.push({ path: prefix, message: 'duplicate criterion' });
    keys.add(criterion.key);
  });
  const names = new Set<string>();
  seed.ontology.fields.forEach((field, index) => {
    if (names.has(field.name)) issues.push({ path: `ontology.fields.${index}.name`, message: 'duplicate field name' });
    names.add(field.name);
  });
  if ((seed.generation === 1) !== (seed.parentId === null)) {
    issues.push({ path: 'parentId', message: 'generation 1 has no parent; later generations must have one' });
  }
  if (seed.parentId === seed.id) issues.push({ path: 'parentId', message: 'a seed cannot be its own parent' });
  const gate = seed.gate;
  if (gate.forced && (gate.reason ?? '').trim() === '') {
    issues.push({ path: 'gate.reason', message: 'a forced gate needs a reason' });
  }
  if (!gate.forced && (gate.ambiguity === null || gate.ambiguity > gate.threshold)) {
    issues.push({ path: 'gate.ambiguity', message: 'an unforced gate needs ambiguity at or below the threshold' });
  }
  return issues;
}
