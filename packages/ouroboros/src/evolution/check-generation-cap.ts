import { err, ok, type Result } from 'neverthrow';
import { generationCap } from '../errors/constructors.js';
import type { GenerationCapError } from '../errors/ouroboros-error.js';

/**
 * Refuses a generation beyond the cap (30 for the evolution loop, 10 for Ralph, 3 for
 * auto-evolve): with cap 30, generation 30 is allowed and 31 is not.
 */
export function checkGenerationCap(generation: number, cap: number): Result<number, GenerationCapError> {
  return generation > cap ? err(generationCap(generation, cap)) : ok(generation);
}
