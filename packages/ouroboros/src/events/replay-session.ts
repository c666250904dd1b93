import { err, ok, type Result } from 'neverthrow';
import { invalidEvent } from '../errors/constructors.js';
import type { InvalidEventError } from '../errors/ouroboros-error.js';
import type { ProtocolEvent } from './protocol-event.js';
import { reduceSession } from './reduce-session.js';
import type { SessionState } from './session-state.js';

/**
 * Rebuilds a session's state by folding its events in order with {@link reduceSession}. The
 * error names the first event that did not fit (with its index); an empty list is an error.
 */
export function replaySession(events: readonly ProtocolEvent[]): Result<SessionState, InvalidEventError> {
  let state: SessionState | null = null;
  for (const [index, event] of events.entries()) {
    const next = reduceSession(state, event);
    if (next.isErr()) return err(invalidEvent(next.error.eventType, next.error.reason, index));
    state = next.value;
  }
  return state === null ? err(invalidEvent('session-started', 'no events to replay')) : ok(state);
}
