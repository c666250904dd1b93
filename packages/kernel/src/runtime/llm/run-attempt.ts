import type { Api, AssistantMessage, AssistantMessageEventStream, Model, Usage } from '@earendil-works/pi-ai';
import { captureFetch, type FetchCapture } from './capture-fetch.js';
import type { AttemptEnding } from './classify-failure.js';
import { emptyUsage } from './usage-math.js';

/** Starts one attempt: a pi-ai stream using the given signal and fetch (and no pi-ai retries). */
export type StartAttempt = (attempt: { signal: AbortSignal; fetch: typeof fetch }) => AssistantMessageEventStream;

/** What one request shares across its attempts. */
export interface RequestState {
  readonly output: AssistantMessageEventStream;
  /** Aborted when the request's total time is up. */
  readonly total: AbortController;
  /** True once a `start` event went out: later attempts' events replace that partial. */
  startForwarded: boolean;
  /** Usage summed over the attempts so far. */
  usage: Usage;
  /** True once the output ended; a late attempt then stops and changes nothing. */
  finished: boolean;
}

/** Everything one attempt needs. */
export interface Attempt {
  readonly model: Model<Api>;
  readonly start: StartAttempt;
  readonly idleTimeoutMs: number;
  readonly state: RequestState;
  readonly caller: AbortSignal | undefined;
  readonly fetch: typeof fetch;
}

/** A message for a request that failed before pi-ai produced one. */
export function failedMessage(model: Model<Api>, errorMessage: string): AssistantMessage {
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

/**
 * Runs one attempt, forwarding its events (a second `start` is swallowed) under an idle watchdog
 * that aborts it when no event arrives in time. Returns the final message and which limit, if
 * any, ended it. One AbortController per attempt, wired by hand (cheaper than AbortSignal.any).
 */
export async function runAttempt(attempt: Attempt): Promise<AttemptEnding & { readonly done: boolean }> {
  const { state, caller } = attempt;
  const capture: FetchCapture = {};
  const controller = new AbortController();
  // An object, so flow analysis sees the timer's write.
  const watchdog = { fired: false };
  const abort = () => {
    controller.abort();
  };
  const idleTimer = setTimeout(() => {
    watchdog.fired = true;
    controller.abort();
  }, attempt.idleTimeoutMs);
  caller?.addEventListener('abort', abort);
  state.total.signal.addEventListener('abort', abort);
  if (caller?.aborted === true || state.total.signal.aborted) controller.abort();
  let final: AssistantMessage | undefined;
  let done = false;
  try {
    const inner = attempt.start({ signal: controller.signal, fetch: captureFetch(attempt.fetch, capture) });
    for await (const event of inner) {
      if (state.finished) break;
      idleTimer.refresh();
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
    caller?.removeEventListener('abort', abort);
    state.total.signal.removeEventListener('abort', abort);
  }
  const cause =
    caller?.aborted === true
      ? 'caller-abort'
      : state.total.signal.aborted
        ? 'total-timeout'
        : watchdog.fired
          ? 'idle-timeout'
          : 'provider';
  return { message: final ?? failedMessage(attempt.model, 'the stream ended without a result'), capture, cause, done };
}
