import type { LlmPortError } from '../port/llm-port.js';
import type {
  AbortedError,
  GateClosedError,
  GenerationCapError,
  InsufficientVotesError,
  InvalidEventError,
  InvalidInputError,
  InvalidSeedError,
  LlmFailedError,
  LlmReplyInvalidError,
  OuroborosOperation,
  TimeoutError,
  ValidationIssue,
} from './ouroboros-error.js';

/** Builds an `invalid-input` error. */
export function invalidInput(field: string, message: string): InvalidInputError {
  return { code: 'invalid-input', field, message: `${field}: ${message}` };
}

/** Builds an `invalid-seed` error; the message lists every issue as `path: problem`. */
export function invalidSeed(issues: readonly ValidationIssue[]): InvalidSeedError {
  const lines = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return { code: 'invalid-seed', issues, message: `invalid seed: ${lines.join('; ')}` };
}

/** Builds an `invalid-event` error. */
export function invalidEvent(eventType: string, reason: string, index?: number): InvalidEventError {
  const where = index === undefined ? '' : ` (event #${index})`;
  return {
    code: 'invalid-event',
    eventType,
    reason,
    ...(index === undefined ? {} : { index }),
    message: `cannot apply ${eventType}${where}: ${reason}`,
  };
}

/** Builds a `gate-closed` error. */
export function gateClosed(ambiguity: number | null, threshold: number): GateClosedError {
  const why = ambiguity === null ? 'the interview has not been scored' : `ambiguity ${ambiguity} is above ${threshold}`;
  return { code: 'gate-closed', ambiguity, threshold, message: `seed gate closed: ${why}` };
}

/** Builds a `generation-cap` error. */
export function generationCap(generation: number, cap: number): GenerationCapError {
  return { code: 'generation-cap', generation, cap, message: `generation ${generation} exceeds the cap of ${cap}` };
}

/** Builds an `insufficient-votes` error. */
export function insufficientVotes(collected: number, required: number): InsufficientVotesError {
  return {
    code: 'insufficient-votes',
    collected,
    required,
    message: `consensus needs ${required} votes, collected ${collected}`,
  };
}

/** Builds an `llm-failed` error wrapping the port's error. */
export function llmFailed(operation: OuroborosOperation, cause: LlmPortError): LlmFailedError {
  return { code: 'llm-failed', operation, cause, message: `${operation}: LLM call failed: ${cause.message}` };
}

/** Builds an `llm-reply-invalid` error. */
export function llmReplyInvalid(
  operation: OuroborosOperation,
  schemaName: string,
  issues: readonly string[],
  attempts: number,
): LlmReplyInvalidError {
  return {
    code: 'llm-reply-invalid',
    operation,
    schemaName,
    issues,
    attempts,
    message: `${operation}: reply invalid for ${schemaName} after ${attempts} attempts: ${issues.join('; ')}`,
  };
}

/** Builds a `timeout` error. */
export function timeoutError(operation: OuroborosOperation, timeoutMs: number): TimeoutError {
  return { code: 'timeout', operation, timeoutMs, message: `${operation} timed out after ${timeoutMs} ms` };
}

/** Builds an `aborted` error. */
export function abortedError(operation: OuroborosOperation): AbortedError {
  return { code: 'aborted', operation, message: `${operation} was aborted` };
}
