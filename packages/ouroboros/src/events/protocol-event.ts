import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import type { ConvergenceSignal } from '../evolution/evaluate-convergence.js';
import type { GateRecord } from '../gate/check-seed-gate.js';
import type { Seed } from '../seed/seed.js';

/** Fields every protocol event carries. */
export interface ProtocolEventBase {
  readonly sessionId: string;
  /** ISO 8601 timestamp. */
  readonly at: string;
}

/** A session began with the person's request, verbatim. */
export interface SessionStartedEvent extends ProtocolEventBase {
  readonly type: 'session-started';
  readonly idea: string;
  /** Work on an existing project (scored with the context dimension). */
  readonly brownfield: boolean;
}

/** The interviewer asked round `round`'s question. */
export interface InterviewQuestionAskedEvent extends ProtocolEventBase {
  readonly type: 'interview-question-asked';
  readonly round: number;
  readonly question: string;
}

/** The person answered round `round`, verbatim. Clears the stored ambiguity score. */
export interface InterviewAnswerRecordedEvent extends ProtocolEventBase {
  readonly type: 'interview-answer-recorded';
  readonly round: number;
  readonly answer: string;
}

/** The interview was scored after round `round`'s answer. */
export interface AmbiguityScoredEvent extends ProtocolEventBase {
  readonly type: 'ambiguity-scored';
  readonly round: number;
  readonly score: AmbiguityScore;
}

/** Scoring after round `round` failed; the streak resets. */
export interface AmbiguityScoringFailedEvent extends ProtocolEventBase {
  readonly type: 'ambiguity-scoring-failed';
  readonly round: number;
  readonly error: { readonly code: string; readonly message: string };
}

/** The interview ended and the seed gate opened as recorded. */
export interface InterviewCompletedEvent extends ProtocolEventBase {
  readonly type: 'interview-completed';
  readonly gate: GateRecord;
}

/** The generation-1 seed was created. */
export interface SeedCreatedEvent extends ProtocolEventBase {
  readonly type: 'seed-created';
  readonly seed: Seed;
}

/** A seed's execution began. */
export interface ExecutionStartedEvent extends ProtocolEventBase {
  readonly type: 'execution-started';
  readonly seedId: string;
}

/** A seed's execution ended. Completing is not passing: only evaluation decides that. */
export interface ExecutionCompletedEvent extends ProtocolEventBase {
  readonly type: 'execution-completed';
  readonly seedId: string;
  readonly status: 'completed' | 'failed' | 'blocked';
  readonly durationMs: number;
}

/** A seed's evaluation finished. */
export interface EvaluationCompletedEvent extends ProtocolEventBase {
  readonly type: 'evaluation-completed';
  readonly seedId: string;
  readonly summary: EvaluationSummary;
}

/** A successor seed was derived (Wonder → Reflect → seed). */
export interface GenerationEvolvedEvent extends ProtocolEventBase {
  readonly type: 'generation-evolved';
  readonly parentId: string;
  readonly seed: Seed;
  readonly wonderQuestions: readonly string[];
  /** Passed criteria whose revision was refused because they are frozen. */
  readonly overridden: readonly string[];
}

/** The lineage converged: done. */
export interface LineageConvergedEvent extends ProtocolEventBase {
  readonly type: 'lineage-converged';
  readonly signal: ConvergenceSignal;
}

/** The lineage stagnated: stopped without success, but resumable with a new generation. */
export interface LineageStagnatedEvent extends ProtocolEventBase {
  readonly type: 'lineage-stagnated';
  readonly signal: ConvergenceSignal;
}

/** The lineage hit its generation cap: stopped without success. */
export interface LineageExhaustedEvent extends ProtocolEventBase {
  readonly type: 'lineage-exhausted';
  readonly signal: ConvergenceSignal;
}

/** The session was interrupted (shutdown, cancellation, crash); it can be resumed. */
export interface SessionInterruptedEvent extends ProtocolEventBase {
  readonly type: 'session-interrupted';
  readonly reason: string;
}

/** An interrupted session was resumed. */
export interface SessionResumedEvent extends ProtocolEventBase {
  readonly type: 'session-resumed';
}

/** Every protocol step, as an event; a session's state is the fold of its events. */
export type ProtocolEvent =
  | SessionStartedEvent
  | InterviewQuestionAskedEvent
  | InterviewAnswerRecordedEvent
  | AmbiguityScoredEvent
  | AmbiguityScoringFailedEvent
  | InterviewCompletedEvent
  | SeedCreatedEvent
  | ExecutionStartedEvent
  | ExecutionCompletedEvent
  | EvaluationCompletedEvent
  | GenerationEvolvedEvent
  | LineageConvergedEvent
  | LineageStagnatedEvent
  | LineageExhaustedEvent
  | SessionInterruptedEvent
  | SessionResumedEvent;

/** Every protocol event `type`. */
export type ProtocolEventType = ProtocolEvent['type'];
