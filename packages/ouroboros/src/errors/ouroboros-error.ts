import type { LlmPortError } from '../port/llm-port.js';

/**
 * The one error union of @oxios/ouroboros. Every expected failure of a public function is a plain
 * object of this union, discriminated by `code`; match on `code` to handle a variant. Programmer
 * errors (broken invariants) throw instead.
 */
export type OuroborosError =
  | InvalidInputError
  | InvalidSeedError
  | InvalidEventError
  | GateClosedError
  | GenerationCapError
  | InsufficientVotesError
  | LlmFailedError
  | LlmReplyInvalidError
  | TimeoutError
  | AbortedError;

/** Every `code` an OuroborosError can carry. */
export type OuroborosErrorCode = OuroborosError['code'];

/** The engine operations, named in errors, events and port requests. */
export type OuroborosOperation =
  'generate-question' | 'score-clarity' | 'extract-seed' | 'judge-semantic' | 'cast-vote' | 'wonder' | 'reflect';

/** One problem found while validating data; `path` is dotted (`acceptanceCriteria.0.verify`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** A caller passed a value a pure function cannot accept (non-finite score, empty force reason, …). */
export interface InvalidInputError {
  readonly code: 'invalid-input';
  readonly message: string;
  /** Name of the offending argument or field. */
  readonly field: string;
}

/** A seed (built, loaded or extracted) breaks the seed rules; every issue names its path. */
export interface InvalidSeedError {
  readonly code: 'invalid-seed';
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

/** An event cannot be applied to the state being rebuilt (wrong session, wrong phase, bad link). */
export interface InvalidEventError {
  readonly code: 'invalid-event';
  readonly message: string;
  /** The event's `type`. */
  readonly eventType: string;
  /** What did not fit, e.g. `round 3 was never asked`. */
  readonly reason: string;
  /** Position of the event in the replayed list, when replaying. */
  readonly index?: number;
}

/** The interview → seed gate is closed: ambiguity above the threshold (or not scored) and no force. */
export interface GateClosedError {
  readonly code: 'gate-closed';
  readonly message: string;
  /** The last ambiguity score, or null when the interview was never scored. */
  readonly ambiguity: number | null;
  readonly threshold: number;
}

/** Evolving would create a generation beyond the cap. */
export interface GenerationCapError {
  readonly code: 'generation-cap';
  readonly message: string;
  /** The generation that was refused. */
  readonly generation: number;
  readonly cap: number;
}

/** Stage-3 consensus collected fewer votes than required: an error, never a rejection. */
export interface InsufficientVotesError {
  readonly code: 'insufficient-votes';
  readonly message: string;
  readonly collected: number;
  readonly required: number;
}

/** The LLM port failed (provider error, network, refusal). The port's error is kept as `cause`. */
export interface LlmFailedError {
  readonly code: 'llm-failed';
  readonly message: string;
  readonly operation: OuroborosOperation;
  readonly cause: LlmPortError;
}

/** The LLM's reply was not valid JSON for the schema, even after one repair retry. */
export interface LlmReplyInvalidError {
  readonly code: 'llm-reply-invalid';
  readonly message: string;
  readonly operation: OuroborosOperation;
  readonly schemaName: string;
  /** What was wrong with the last reply. */
  readonly issues: readonly string[];
  /** How many replies were tried (always 2: the first and the repair). */
  readonly attempts: number;
}

/** An engine call exceeded its time limit. */
export interface TimeoutError {
  readonly code: 'timeout';
  readonly message: string;
  readonly operation: OuroborosOperation;
  readonly timeoutMs: number;
}

/** An engine call was cancelled through its AbortSignal. */
export interface AbortedError {
  readonly code: 'aborted';
  readonly message: string;
  readonly operation: OuroborosOperation;
}
