import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { invalidSeed } from '../errors/constructors.js';
import type { InvalidSeedError, ValidationIssue } from '../errors/ouroboros-error.js';
import { deepFreeze } from './deep-freeze.js';
import type { AcceptanceCriterion, Seed } from './seed.js';
import { seedIssues } from './seed-issues.js';
import { SeedSchema } from './seed-schema.js';

/** Turns zod issues into dotted-path ValidationIssues. */
function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function toCriterion(parsed: z.output<typeof SeedSchema>['acceptanceCriteria'][number]): AcceptanceCriterion {
  return {
    key: parsed.key,
    description: parsed.description,
    ...(parsed.verify === undefined ? {} : { verify: parsed.verify }),
    expectedArtifacts: parsed.expectedArtifacts,
    ...(parsed.outputAssertion === undefined ? {} : { outputAssertion: parsed.outputAssertion }),
  };
}

/**
 * Validates a seed from outside (a file, a row, an event) and returns a fresh, deep-frozen copy.
 * Checks the structure and the cross-field rules: criterion keys match their content, no
 * duplicate criteria, portable artifact paths, argv-form verify commands, an output assertion
 * only with a verify command, generation 1 ⇔ no parent, and a gate record that is either forced
 * with a reason or at or below its threshold.
 */
export function validateSeed(raw: unknown): Result<Seed, InvalidSeedError> {
  const parsed = SeedSchema.safeParse(raw);
  if (!parsed.success) return err(invalidSeed(toValidationIssues(parsed.error.issues)));
  const seed: Seed = { ...parsed.data, acceptanceCriteria: parsed.data.acceptanceCriteria.map(toCriterion) };
  const issues = seedIssues(seed);
  if (issues.length > 0) return err(invalidSeed(issues));
  return ok(deepFreeze(seed));
}
