import type { AcceptanceCriterion } from '../seed/seed.js';
import type { MechanicalFailure, MechanicalObservation, MechanicalResult } from './evaluation-result.js';

/**
 * Stage 1 for one criterion: `verify` exited 0, every expected artifact exists, and the output
 * assertion appears in the output. A criterion without a contract is `skipped` (reported as such,
 * never counted as a pass); a contract without an observation fails as `not-run`.
 */
export function mechanicalVerdict(
  criterion: AcceptanceCriterion,
  observation: MechanicalObservation | null,
): MechanicalResult {
  const base = { stage: 'mechanical', criterionKey: criterion.key } as const;
  if (criterion.verify === undefined && criterion.expectedArtifacts.length === 0) {
    return { ...base, outcome: 'skipped', failures: [] };
  }
  if (observation === null) return { ...base, outcome: 'failed', failures: [{ reason: 'not-run' }] };
  const failures: MechanicalFailure[] = [];
  if (criterion.verify !== undefined && observation.exitCode !== 0) {
    failures.push({ reason: 'exit-code', exitCode: observation.exitCode });
  }
  const present = new Set(observation.presentArtifacts);
  for (const path of criterion.expectedArtifacts) {
    if (!present.has(path)) failures.push({ reason: 'artifact-missing', path });
  }
  if (criterion.outputAssertion !== undefined && !observation.output.includes(criterion.outputAssertion)) {
    failures.push({ reason: 'assertion-missing', assertion: criterion.outputAssertion });
  }
  return { ...base, outcome: failures.length === 0 ? 'passed' : 'failed', failures };
}
