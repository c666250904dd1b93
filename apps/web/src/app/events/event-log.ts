import type { LiveEvent } from './live-event.js';

/** The live stream's connection: first attempt, flowing, lost (retrying), or ended. */
export type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What the dashboard knows about the live event stream. */
export interface EventLogState {
  readonly connection: Connection;
  /** Newest first, at most `limit`. */
  readonly events: readonly LiveEvent[];
  readonly limit: number;
  /** Events the server dropped for this dashboard (it fell behind). */
  readonly dropped: number;
  readonly lastError?: string;
}

/** What happens to the stream. */
export type EventLogAction =
  | { readonly type: 'open' }
  | { readonly type: 'event'; readonly event: LiveEvent }
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'closed' }
  | { readonly type: 'clear' };

/** The state before the stream connects. */
export function initialEventLog(limit = 200): EventLogState {
  return { connection: 'connecting', events: [], limit, dropped: 0 };
}

/**
 * Folds stream happenings into the log: keeps the newest `limit` events, ignores an event id it
 * already has (a resumed stream may repeat one), and counts dropped events.
 */
export function eventLogReducer(state: EventLogState, action: EventLogAction): EventLogState {
  switch (action.type) {
    case 'open': {
      const { lastError: _lastError, ...rest } = state;
      return { ...rest, connection: 'open' };
    }
    case 'error':
      return { ...state, connection: 'reconnecting', lastError: action.message };
    case 'closed':
      return { ...state, connection: 'closed' };
    case 'clear':
      return { ...state, events: [], dropped: 0 };
    case 'event': {
      const { event } = action;
      if (event.id !== undefined && state.events.some((known) => known.id === event.id)) return state;
      const dropped =
        event.type === 'events-dropped' ? state.dropped + Number(event.fields.dropped ?? 0) : state.dropped;
      return { ...state, dropped, events: [event, ...state.events].slice(0, state.limit) };
    }
  }
}
