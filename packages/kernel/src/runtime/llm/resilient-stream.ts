import {
  createAssistantMessageEventStream,
  type Api,
  type AssistantMessage,
  type AssistantMessageEvent,
  type AssistantMessageEventStream,
  type Model,
} from '@earendil-works/pi-ai';
import { circuitOpen, internalError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { abortableSleep } from './abortable-sleep.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { captureFetch, type FetchCapture } from './capture-fetch.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import { classifyFailure, type AttemptEnding, type Failure } from './classify-failure.js';
import { addUsage, emptyUsage } from './usage-math.js';
import type { LlmRequestObserver } from './types.js';

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

/** Starts one attempt: a pi-ai stream using the given signal and fetch (and no pi-ai retries). */
export type StartAttempt = (attempt: { signal: AbortSignal; fetch: typeof fetch }) => AssistantMessageEventStream;

/** Extra time after the total timeout before a stream that ignored its abort is abandoned. */
const ABANDON_GRACE_MS = 2_000;

function failedMessage(model: Model<Api>, errorMessage: string): AssistantMessage {
  return {
    role: 'assistant',
    content: [],
    api: model.api,
    provider: model.provider,
    model: model.id,
    usage: emptyUsage(),
    stopReason: 'error',
    errorMessage,
    timestamp: Date.now(),
  };
}

interface RequestState {
  readonly output: AssistantMessageEventStream;
  readonly total: AbortController;
  startForwarded: boolean;
  usage: AssistantMessage['usage'];
}

/** Everything one attempt needs. */
interface Attempt {
  readonly model: Model<Api>;
  readonly start: StartAttempt;
  readonly settings: ResilienceSettings;
  readonly state: RequestState;
  readonly caller: AbortSignal | undefined;
  readonly fetch: typeof fetch;
  /** Resolves when a stream that ignores its abort must be abandoned. */
  readonly abandon: Promise<undefined>;
}

/** Runs one attempt, forwarding its events; returns the final message and why it ended. */
async function runAttempt(attempt: Attempt): Promise<AttemptEnding & { readonly done: boolean }> {
  const { state, caller } = attempt;
  const capture: FetchCapture = {};
  const idle = new AbortController();
  const idleTimer = setTimeout(() => {
    idle.abort();
  }, attempt.settings.idleTimeoutMs);
  const signals = caller ? [caller, state.total.signal, idle.signal] : [state.total.signal, idle.signal];
  let final: AssistantMessage | undefined;
  let done = false;
  try {
    const inner = attempt.start({ signal: AbortSignal.any(signals), fetch: captureFetch(attempt.fetch, capture) });
    const iterator = inner[Symbol.asyncIterator]();
    for (;;) {
      const step = await Promise.race([iterator.next(), attempt.abandon]);
      if (step === undefined || step.done === true) break;
      idleTimer.refresh();
      const event: AssistantMessageEvent = step.value;
      if (event.type === 'done') {
        final = event.message;
        done = true;
      } else if (event.type === 'error') {
        final = event.error;
      } else if (event.type !== 'start') {
        state.output.push(event);
      } else if (!state.startForwarded) {
        state.startForwarded = true;
        state.output.push(event);
      }
    }
  } finally {
    clearTimeout(idleTimer);
  }
  const cause =
    caller?.aborted === true
      ? 'caller-abort'
      : state.total.signal.aborted
        ? 'total-timeout'
        : idle.signal.aborted
          ? 'idle-timeout'
          : 'provider';
  return { message: final ?? failedMessage(attempt.model, 'the stream ended without a result'), capture, cause, done };
}

function finish(state: RequestState, message: AssistantMessage, observer: LlmRequestObserver, error?: KernelError) {
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

/**
 * Streams one LLM request with the resilience pi-ai leaves to its caller: bounded retries with
 * exponential backoff and jitter on 429/5xx/connection loss/stalls (a provider's `retry-after`
 * honoured up to the cap), an idle watchdog, a total timeout, and the provider's circuit breaker.
 * Events of a retried attempt are forwarded after the first `start` (the partial is replaced; the
 * observer's `onRetry` says so). Never throws and never hangs: every path ends the stream, failures
 * with an `error` event whose message is the typed error's, which `observer.onError` receives.
 */
export function streamResilient(
  model: Model<Api>,
  start: StartAttempt,
  settings: ResilienceSettings,
  dependencies: ResilienceDependencies,
  observer: LlmRequestObserver,
): AssistantMessageEventStream {
  const output = createAssistantMessageEventStream();
  const total = new AbortController();
  const state: RequestState = { output, total, startForwarded: false, usage: emptyUsage() };
  const target = {
    provider: model.provider,
    model: model.id,
    idleTimeoutMs: settings.idleTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    scrub: dependencies.scrub,
  };
  const totalTimer = setTimeout(() => {
    total.abort();
  }, settings.totalTimeoutMs);
  let abandonTimer: NodeJS.Timeout | undefined;
  const abandon = new Promise<undefined>((resolve) => {
    abandonTimer = setTimeout(resolve, settings.totalTimeoutMs + ABANDON_GRACE_MS, undefined);
  });
  const startedAt = performance.now();
  const caller = observer.signal;
  const drive = async (): Promise<void> => {
    for (let attempt = 0; ; attempt += 1) {
      const admission = dependencies.breaker.admit(model.provider);
      if (!admission.allowed) {
        const error = circuitOpen(model.provider, admission.retryAfterMs);
        finish(state, failedMessage(model, error.message), observer, error);
        return;
      }
      const ending = await runAttempt({ model, start, settings, state, caller, fetch: dependencies.fetch, abandon });
      state.usage = addUsage(state.usage, ending.message.usage);
      if (ending.done) {
        dependencies.breaker.success(model.provider);
        finish(state, ending.message, observer);
        return;
      }
      const failure: Failure = classifyFailure(ending, target);
      dependencies.breaker[failure.breaker === 'neutral' ? 'release' : failure.breaker](model.provider);
      const delayMs = backoffDelay(settings.backoff, attempt, failure.retryAfterMs, dependencies.random);
      const remainingMs = settings.totalTimeoutMs - (performance.now() - startedAt);
      const retry =
        failure.retryable &&
        attempt < settings.maxRetries &&
        (failure.retryAfterMs ?? 0) <= settings.backoff.maxDelayMs &&
        dependencies.breaker.state(model.provider) !== 'open';
      if (!retry) {
        finish(state, ending.message, observer, failure.error);
        return;
      }
      if (delayMs >= remainingMs) {
        // Another attempt would not fit in the request's time: the total limit is what stopped it.
        finish(state, ending.message, observer, classifyFailure({ ...ending, cause: 'total-timeout' }, target).error);
        return;
      }
      observer.onRetry?.({ attempt: attempt + 1, delayMs, error: failure.error, discardPartial: state.startForwarded });
      const slept = await abortableSleep(delayMs, caller ? AbortSignal.any([caller, total.signal]) : total.signal);
      if (!slept) {
        const cause = caller?.aborted === true ? 'caller-abort' : 'total-timeout';
        const stopped = classifyFailure({ ...ending, cause }, target);
        finish(state, ending.message, observer, stopped.error);
        return;
      }
    }
  };
  drive()
    .catch((cause: unknown) => {
      const error = internalError('the LLM stream failed unexpectedly', cause);
      finish(state, failedMessage(model, error.message), observer, error);
    })
    .finally(() => {
      clearTimeout(totalTimer);
      clearTimeout(abandonTimer);
    });
  return output;
}
