import { err, ok, type Result } from 'neverthrow';
import { invalidInput } from '../errors/constructors.js';
import type { InvalidInputError } from '../errors/ouroboros-error.js';
import { DEFAULT_PROTOCOL_CONFIG, type Dimension, type ProtocolConfig } from '../protocol/protocol-config.js';
import { roundScore } from '../protocol/round-score.js';
import type { AmbiguityScore, ClarityScores } from './ambiguity-score.js';
import { floorFailures } from './floor-failures.js';
import { milestoneFor } from './milestone-for.js';

/** Options for {@link computeAmbiguity}. */
export interface ComputeAmbiguityOptions {
  /** Existing project: four dimensions with brownfield weights. */
  readonly brownfield: boolean;
  readonly justifications?: Readonly<Partial<Record<Dimension, string>>>;
  readonly config?: ProtocolConfig;
}

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * Ambiguity = round(1 − Σ clarity·weight, 4), with greenfield weights 0.40/0.30/0.30 or
 * brownfield weights 0.35/0.25/0.25 + context 0.15. Clarity values are clamped to [0, 1]; a
 * non-finite value is refused rather than guessed.
 */
export function computeAmbiguity(
  clarity: ClarityScores,
  options: ComputeAmbiguityOptions,
): Result<AmbiguityScore, InvalidInputError> {
  const config = options.config ?? DEFAULT_PROTOCOL_CONFIG;
  for (const [dimension, value] of Object.entries(clarity) as [Dimension, number | undefined][]) {
    if (value !== undefined && !Number.isFinite(value)) {
      return err(invalidInput(`clarity.${dimension}`, `expected a finite number, got ${String(value)}`));
    }
  }
  const used: ClarityScores = {
    goal: clamp(clarity.goal),
    constraints: clamp(clarity.constraints),
    successCriteria: clamp(clarity.successCriteria),
    ...(options.brownfield && clarity.context !== undefined ? { context: clamp(clarity.context) } : {}),
  };
  const weighted = options.brownfield
    ? used.goal * config.ambiguity.brownfieldWeights.goal +
      used.constraints * config.ambiguity.brownfieldWeights.constraints +
      used.successCriteria * config.ambiguity.brownfieldWeights.successCriteria +
      (used.context ?? 0) * config.ambiguity.brownfieldWeights.context
    : used.goal * config.ambiguity.greenfieldWeights.goal +
      used.constraints * config.ambiguity.greenfieldWeights.constraints +
      used.successCriteria * config.ambiguity.greenfieldWeights.successCriteria;
  const overall = roundScore(1 - weighted);
  const failures = floorFailures(used, options.brownfield, config);
  const readyForSeed = overall <= config.ambiguity.threshold;
  return ok({
    overall,
    brownfield: options.brownfield,
    clarity: used,
    justifications: options.justifications ?? {},
    milestone: milestoneFor(overall, config),
    floorFailures: failures,
    readyForSeed,
    qualifies: readyForSeed && failures.length === 0,
  });
}
