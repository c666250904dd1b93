import { isRetryableAssistantError, type AssistantMessage } from '@earendil-works/pi-ai';
import { abortedError, llmError, llmNotConfigured, llmRateLimited, llmTimeout } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { FetchCapture } from './capture-fetch.js';

/** What the engine knows about why an attempt ended badly. */
export interface AttemptEnding {
  readonly message: AssistantMessage;
  readonly capture: FetchCapture;
  /** Which of the engine's own limits fired, if any. */
  readonly cause: 'caller-abort' | 'total-timeout' | 'idle-timeout' | 'provider';
}

/** A classified failure: the typed error, whether to retry, and what it says about the provider's health. */
export interface Failure {
  readonly error: KernelError;
  readonly retryable: boolean;
  /** `failure` counts towards opening the circuit; `success` proves the provider answered; `neutral` neither. */
  readonly breaker: 'failure' | 'success' | 'neutral';
  readonly retryAfterMs?: number;
}

/** Identifies the request in errors, with the limits that applied. */
export interface FailureTarget {
  readonly provider: string;
  readonly model: string;
  readonly idleTimeoutMs: number;
  readonly totalTimeoutMs: number;
  /** Removes secrets (the API key) from provider text before it goes into an error. */
  readonly scrub: (text: string) => string;
}

const MAX_REASON_LENGTH = 600;

function reason(message: AssistantMessage, target: FailureTarget): string {
  const text = target.scrub(message.errorMessage ?? `stop reason ${message.stopReason}`);
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text;
}

function httpFailure(status: number, ending: AttemptEnding, target: FailureTarget): Failure {
  const { provider, model } = target;
  if (status === 429) {
    const error = llmRateLimited(provider, model, ending.capture.retryAfterMs);
    return {
      error,
      retryable: true,
      breaker: 'failure',
      ...(ending.capture.retryAfterMs === undefined ? {} : { retryAfterMs: ending.capture.retryAfterMs }),
    };
  }
  const transient = status === 408 || status === 409 || status >= 500;
  const hint =
    status === 401 || status === 403 ? ' (the provider refused the API key: check the variable that holds it)' : '';
  const error = llmError(provider, model, `${reason(ending.message, target)}${hint}`, { status, retryable: transient });
  return {
    error,
    retryable: transient,
    breaker: transient ? 'failure' : 'success',
    ...(ending.capture.retryAfterMs === undefined ? {} : { retryAfterMs: ending.capture.retryAfterMs }),
  };
}

/**
 * Turns a failed attempt (pi-ai's `stopReason` `error`/`aborted` plus what the engine observed)
 * into a typed KernelError and a retry decision. HTTP statuses come from the captured response,
 * not from provider-specific message text.
 */
export function classifyFailure(ending: AttemptEnding, target: FailureTarget): Failure {
  const { provider, model } = target;
  switch (ending.cause) {
    case 'caller-abort':
      return { error: abortedError(`llm request to ${provider}/${model}`), retryable: false, breaker: 'neutral' };
    case 'total-timeout':
      return {
        error: llmTimeout(provider, model, 'total', target.totalTimeoutMs),
        retryable: false,
        breaker: 'failure',
      };
    case 'idle-timeout':
      return { error: llmTimeout(provider, model, 'idle', target.idleTimeoutMs), retryable: true, breaker: 'failure' };
    case 'provider':
      break;
  }
  const status = ending.capture.status;
  if (status !== undefined && status >= 400) return httpFailure(status, ending, target);
  const text = ending.message.errorMessage ?? '';
  if (text.startsWith('Provider is not configured') || text.startsWith('No API key for provider')) {
    const error = llmNotConfigured(
      `no API key for LLM provider "${provider}"`,
      `Set the provider's key variable in the environment of the Oxios process`,
      { provider, model },
    );
    return { error, retryable: false, breaker: 'neutral' };
  }
  const retryable = ending.capture.networkError === true || isRetryableAssistantError(ending.message);
  return {
    error: llmError(provider, model, reason(ending.message, target), { retryable }),
    retryable,
    breaker: retryable ? 'failure' : 'neutral',
  };
}
