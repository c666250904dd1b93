import { err, ok, type Result } from 'neverthrow';
import { invalidInput } from '../errors/constructors.js';
import type { InvalidInputError } from '../errors/ouroboros-error.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import type { Seed } from '../seed/seed.js';

/** Refuses an evaluation of another seed before any LLM call is spent on it. */
export function checkEvaluatedSeed(seed: Seed, evaluation: EvaluationSummary): Result<Seed, InvalidInputError> {
  return evaluation.seedId === seed.id
    ? ok(seed)
    : err(invalidInput('evaluation.seedId', `evaluates ${evaluation.seedId}, not ${seed.id}`));
}
