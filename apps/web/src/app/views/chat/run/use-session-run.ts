import { subscribe, type HttpOptions } from '@oxios/sdk-client';
import { useEffect, useReducer } from 'preact/hooks';
import { parseLiveEvent, type LiveEvent } from '../../../events/live-event.js';
import { applyRunEvent } from './apply-run-event.js';
import { EMPTY_RUN, type SessionRun } from './session-run.js';

/** A session's run as the chat shows it, and whether the server no longer held its oldest steps. */
export interface SessionRunView {
  readonly run: SessionRun;
  readonly incomplete: boolean;
}

type Action = { readonly type: 'events'; readonly events: readonly LiveEvent[] } | { readonly type: 'dropped' };

function reducer(state: SessionRunView, action: Action): SessionRunView {
  if (action.type === 'dropped') return state.incomplete ? state : { ...state, incomplete: true };
  const run = action.events.reduce(applyRunEvent, state.run);
  return run === state.run ? state : { ...state, run };
}

/**
 * Follows one session's events on its own stream (`GET /api/events?sessionId=…`), starting with
 * the server's retained history (`Last-Event-ID: 0`), so a run already under way — or one left for
 * another view and come back to — is drawn whole, then live.
 */
export function useSessionRun(http: HttpOptions, sessionId: string): SessionRunView {
  const [state, dispatch] = useReducer(reducer, { run: EMPTY_RUN, incomplete: false });
  useEffect(() => {
    const controller = new AbortController();
    // Events are applied once per frame: a replayed history is drawn at once, not step by step.
    let queued: LiveEvent[] = [];
    let frame: number | undefined;
    const flush = () => {
      frame = undefined;
      const events = queued;
      queued = [];
      if (!controller.signal.aborted) dispatch({ type: 'events', events });
    };
    const follow = async () => {
      for await (const message of subscribe(http, {
        query: { sessionId },
        lastEventId: '0',
        reconnectDelayMs: 2000,
        signal: controller.signal,
      })) {
        if (message.event === 'events-dropped') {
          dispatch({ type: 'dropped' });
          continue;
        }
        const event = parseLiveEvent(message);
        if (event === undefined) continue;
        queued.push(event);
        frame ??= requestAnimationFrame(flush);
      }
    };
    void follow();
    return () => {
      controller.abort();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [http, sessionId]);
  return state;
}
