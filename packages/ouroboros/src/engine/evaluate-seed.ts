import { okAsync, type ResultAsync } from 'neverthrow';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { CriterionEvaluation, EvaluationSummary, MechanicalObservation } from '../evaluation/evaluation-result.js';
import type { EvaluationSignals } from '../evaluation/semantic-stage.js';
import { summarizeEvaluation } from '../evaluation/summarize-evaluation.js';
import type { Seed } from '../seed/seed.js';
import type { EngineContext } from './engine-context.js';
import { evaluateCriterion } from './evaluate-criterion.js';

/** Input to {@link evaluateSeed}. */
export interface SeedEvaluationRequest {
  readonly seed: Seed;
  /** The artifact as text, shown to the judges for every criterion. */
  readonly artifact: string;
  /** Contract observations by criterion key; a missing key means the contract did not run. */
  readonly observations: Readonly<Record<string, MechanicalObservation>>;
  readonly signals?: EvaluationSignals;
  readonly signal?: AbortSignal;
}

/** Evaluates every criterion of a seed in order and summarises; the first error stops it. */
export function evaluateSeed(
  context: EngineContext,
  request: SeedEvaluationRequest,
): ResultAsync<EvaluationSummary, OuroborosError> {
  const { seed } = request;
  let chain: ResultAsync<CriterionEvaluation[], OuroborosError> = okAsync([]);
  for (const criterion of seed.acceptanceCriteria) {
    chain = chain.andThen((done) =>
      evaluateCriterion(context, {
        seed,
        criterion,
        artifact: request.artifact,
        observation: request.observations[criterion.key] ?? null,
        ...(request.signals === undefined ? {} : { signals: request.signals }),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      }).map((evaluation) => [...done, evaluation]),
    );
  }
  return chain.map((evaluations) => summarizeEvaluation(seed, evaluations));
}
