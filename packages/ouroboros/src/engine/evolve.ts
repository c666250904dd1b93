import { errAsync, type ResultAsync } from 'neverthrow';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import { checkGenerationCap } from '../evolution/check-generation-cap.js';
import { deriveNextSeed } from '../evolution/derive-next-seed.js';
import type { Evolution } from '../evolution/evolution-types.js';
import type { Seed } from '../seed/seed.js';
import type { EngineContext } from './engine-context.js';
import { reflect } from './reflect.js';
import { wonder } from './wonder.js';

/** Input to {@link evolve}. */
export interface EvolveRequest {
  readonly seed: Seed;
  readonly evaluation: EvaluationSummary;
  /** The cap for this loop; default the configured `maxGenerations` (30). */
  readonly maxGenerations?: number;
  readonly signal?: AbortSignal;
}

/**
 * One evolution step: Wonder → Reflect → the successor seed. The generation cap is checked first,
 * before any LLM call. Passed criteria are frozen and carried over unchanged.
 */
export function evolve(context: EngineContext, request: EvolveRequest): ResultAsync<Evolution, OuroborosError> {
  const maxGenerations = request.maxGenerations ?? context.config.evolution.maxGenerations;
  const capped = checkGenerationCap(request.seed.generation + 1, maxGenerations);
  if (capped.isErr()) return errAsync(capped.error);
  const signal = request.signal === undefined ? {} : { signal: request.signal };
  return wonder(context, { seed: request.seed, evaluation: request.evaluation, ...signal }).andThen((questions) =>
    reflect(context, { seed: request.seed, evaluation: request.evaluation, wonder: questions, ...signal }).andThen(
      (output) =>
        deriveNextSeed(request.seed, request.evaluation, output, {
          id: context.createSeedId(),
          createdAt: context.now().toISOString(),
          maxGenerations,
        }).map((derived) => ({ ...derived, wonder: questions, reflect: output })),
    ),
  );
}
