import { err, ok, type Result } from 'neverthrow';
import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import { gateClosed, invalidInput } from '../errors/constructors.js';
import type { GateClosedError, InvalidInputError } from '../errors/ouroboros-error.js';
import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';

/** How the interview → seed gate was passed; recorded in the seed and the `interview-completed` event. */
export interface GateRecord {
  /** The real ambiguity at the gate, or null when never scored (possible only when forced). */
  readonly ambiguity: number | null;
  readonly threshold: number;
  /** True when the gate was opened by an explicit force rather than the score. */
  readonly forced: boolean;
  /** Why it was forced; null when not forced. */
  readonly reason: string | null;
}

/** Input to {@link checkSeedGate}. */
export interface SeedGateRequest {
  /** The latest ambiguity score, or null when the interview was never scored. */
  readonly ambiguity: AmbiguityScore | null;
  /** Open the gate regardless of the score; the reason is recorded. */
  readonly force?: { readonly reason: string };
  readonly config?: ProtocolConfig;
}

/**
 * The interview → seed gate: open when ambiguity ≤ 0.2 (inclusive) or on an explicit force with
 * a reason. The real score is always recorded, forced or not.
 */
export function checkSeedGate(request: SeedGateRequest): Result<GateRecord, GateClosedError | InvalidInputError> {
  const threshold = (request.config ?? DEFAULT_PROTOCOL_CONFIG).ambiguity.threshold;
  const ambiguity = request.ambiguity?.overall ?? null;
  if (request.force !== undefined) {
    const reason = request.force.reason.trim();
    if (reason === '') return err(invalidInput('force.reason', 'a forced gate needs a reason'));
    return ok({ ambiguity, threshold, forced: true, reason });
  }
  if (ambiguity === null || ambiguity > threshold) return err(gateClosed(ambiguity, threshold));
  return ok({ ambiguity, threshold, forced: false, reason: null });
}
