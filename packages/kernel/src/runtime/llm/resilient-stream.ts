import {
  createAssistantMessageEventStream,
  type Api,
  type AssistantMessage,
  type AssistantMessageEventStream,
  type Model,
} from '@earendil-works/pi-ai';
import { circuitOpen, internalError, llmTimeout } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { abortableSleep } from './abortable-sleep.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import { classifyFailure, type Failure, type FailureTarget } from './classify-failure.js';
import { failedMessage, runAttempt, type RequestState, type StartAttempt } from './run-attempt.js';
import type { LlmRequestObserver } from './types.js';
import { addUsage, emptyUsage } from './usage-math.js';

/** The limits one request runs under. */
export interface ResilienceSettings {
  readonly maxRetries: number;
  readonly backoff: BackoffPolicy;
  readonly idleTimeoutMs: number;
  readonly totalTimeoutMs: number;
}

/** What the resilient stream needs from the engine. */
export interface ResilienceDependencies {
  readonly breaker: CircuitBreaker;
  readonly fetch: typeof fetch;
  readonly random: () => number;
  /** Removes secrets from provider text. */
  readonly scrub: (text: string) => string;
}

/** Extra time after the total timeout before a stream that ignored its abort is abandoned. */
const ABANDON_GRACE_MS = 2_000;

/** Ends the request once: `done` with the message, or `error` carrying the typed error's message. */
function finish(state: RequestState, message: AssistantMessage, observer: LlmRequestObserver, error?: KernelError) {
  if (state.finished) return;
  state.finished = true;
  observer.onUsage?.(state.usage, message);
  if (error === undefined) {
    const reason = message.stopReason === 'length' || message.stopReason === 'toolUse' ? message.stopReason : 'stop';
    state.output.push({ type: 'done', reason, message });
  } else {
    observer.onError?.(error);
    const stopReason = error.code === 'aborted' ? 'aborted' : 'error';
    state.output.push({
      type: 'error',
      reason: stopReason,
      error: { ...message, stopReason, errorMessage: error.message },
    });
  }
  state.output.end();
}

function shouldRetry(failure: Failure, attempt: number, settings: ResilienceSettings, breakerOpen: boolean): boolean {
  return (
    failure.retryable &&
    attempt < settings.maxRetries &&
    (failure.retryAfterMs ?? 0) <= settings.backoff.maxDelayMs &&
    !breakerOpen
  );
}

async function drive(
  model: Model<Api>,
  start: StartAttempt,
  settings: ResilienceSettings,
  dependencies: ResilienceDependencies,
  observer: LlmRequestObserver,
  state: RequestState,
  target: FailureTarget,
): Promise<void> {
  const startedAt = performance.now();
  const caller = observer.signal;
  for (let attempt = 0; !state.finished; attempt += 1) {
    const admission = dependencies.breaker.admit(model.provider);
    if (!admission.allowed) {
      const error = circuitOpen(model.provider, admission.retryAfterMs);
      finish(state, failedMessage(model, error.message), observer, error);
      return;
    }
    const idleTimeoutMs = settings.idleTimeoutMs;
    const ending = await runAttempt({ model, start, idleTimeoutMs, state, caller, fetch: dependencies.fetch });
    state.usage = addUsage(state.usage, ending.message.usage);
    if (ending.done) {
      dependencies.breaker.success(model.provider);
      finish(state, ending.message, observer);
      return;
    }
    const failure = classifyFailure(ending, target);
    dependencies.breaker[failure.breaker === 'neutral' ? 'release' : failure.breaker](model.provider);
    if (!shouldRetry(failure, attempt, settings, dependencies.breaker.state(model.provider) === 'open')) {
      finish(state, ending.message, observer, failure.error);
      return;
    }
    const delayMs = backoffDelay(settings.backoff, attempt, failure.retryAfterMs, dependencies.random);
    if (delayMs >= settings.totalTimeoutMs - (performance.now() - startedAt)) {
      // Another attempt would not fit in the request's time: the total limit is what stopped it.
      finish(state, ending.message, observer, classifyFailure({ ...ending, cause: 'total-timeout' }, target).error);
      return;
    }
    observer.onRetry?.({ attempt: attempt + 1, delayMs, error: failure.error, discardPartial: state.startForwarded });
    const sleeping = caller ? AbortSignal.any([caller, state.total.signal]) : state.total.signal;
    if (!(await abortableSleep(delayMs, sleeping))) {
      const cause = caller?.aborted === true ? 'caller-abort' : 'total-timeout';
      finish(state, ending.message, observer, classifyFailure({ ...ending, cause }, target).error);
      return;
    }
  }
}

/**
 * Streams one LLM request with the resilience pi-ai leaves to its caller: bounded retries with
 * exponential backoff and jitter on 429/5xx/connection loss/stalls (a provider's `retry-after`
 * honoured up to the cap), an idle watchdog, a total timeout, and the provider's circuit breaker.
 * Events of a retried attempt are forwarded after the first `start` (the partial is replaced; the
 * observer's `onRetry` says so). Never throws and never hangs: every path ends the stream — a
 * stream that ignores its abort is abandoned shortly after the total timeout — and failures end
 * with an `error` event whose message is the typed error's, which `observer.onError` receives.
 */
export function streamResilient(
  model: Model<Api>,
  start: StartAttempt,
  settings: ResilienceSettings,
  dependencies: ResilienceDependencies,
  observer: LlmRequestObserver,
): AssistantMessageEventStream {
  const state: RequestState = {
    output: createAssistantMessageEventStream(),
    total: new AbortController(),
    startForwarded: false,
    usage: emptyUsage(),
    finished: false,
  };
  const target: FailureTarget = {
    provider: model.provider,
    model: model.id,
    idleTimeoutMs: settings.idleTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    scrub: dependencies.scrub,
  };
  // One timer: at the total timeout it aborts the request, then waits a grace period for the
  // stream to notice before abandoning it.
  let timer = setTimeout(() => {
    state.total.abort();
    timer = setTimeout(() => {
      const error = llmTimeout(model.provider, model.id, 'total', settings.totalTimeoutMs);
      finish(state, failedMessage(model, error.message), observer, error);
    }, ABANDON_GRACE_MS);
  }, settings.totalTimeoutMs);
  drive(model, start, settings, dependencies, observer, state, target)
    .catch((cause: unknown) => {
      const error = internalError('the LLM stream failed unexpectedly', cause);
      finish(state, failedMessage(model, error.message), observer, error);
    })
    .finally(() => {
      clearTimeout(timer);
    });
  return state.output;
}
