import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import type { GateRecord } from '../gate/check-seed-gate.js';
import type { InterviewProgress } from '../interview/next-interview-step.js';
import type { InterviewRound, Transcript } from '../interview/transcript.js';
import type { Phase } from '../protocol/phase.js';
import type { Lineage } from './lineage.js';

/** Where a session stands. `converged` and `exhausted` are final; `stagnated` can evolve again. */
export type SessionStatus = 'active' | 'interrupted' | 'converged' | 'stagnated' | 'exhausted';

/**
 * A session's state: the fold of its events. It is a {@link Transcript} (pass it to the engine as
 * one) and an {@link InterviewProgress} (pass it to `nextInterviewStep`).
 */
export interface SessionState extends Transcript, InterviewProgress {
  readonly sessionId: string;
  readonly status: SessionStatus;
  readonly phase: Phase;
  /** The person's initial request, verbatim. */
  readonly idea: string;
  readonly brownfield: boolean;
  readonly rounds: readonly InterviewRound[];
  readonly ambiguity: AmbiguityScore | null;
  readonly scoredRound: number;
  readonly streak: number;
  /** How the seed gate was passed, once the interview completed. */
  readonly gate: GateRecord | null;
  readonly lineage: Lineage;
  /** The reason of the current interruption, or null. */
  readonly interruption: string | null;
  readonly startedAt: string;
  /** Timestamp of the last event applied. */
  readonly updatedAt: string;
  /** How many events were applied. */
  readonly eventCount: number;
}
