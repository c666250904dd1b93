import { DEFAULT_PROTOCOL_CONFIG, type Dimension, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { ClarityScores } from './ambiguity-score.js';

/**
 * The dimensions whose clarity is below their auto-completion floor, so one strong dimension
 * cannot mask a weak one. For brownfield, a missing `context` fails its floor.
 */
export function floorFailures(
  clarity: ClarityScores,
  brownfield: boolean,
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): Dimension[] {
  const floors = config.ambiguity.floors;
  const failures: Dimension[] = [];
  if (clarity.goal < floors.goal) failures.push('goal');
  if (clarity.constraints < floors.constraints) failures.push('constraints');
  if (clarity.successCriteria < floors.successCriteria) failures.push('successCriteria');
  if (brownfield && (clarity.context ?? 0) < floors.context) failures.push('context');
  return failures;
}
