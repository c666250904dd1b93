import { reduceSession, replaySession, type ProtocolEvent, type SessionState } from '@oxios/ouroboros';
import { err, ok, type Result } from 'neverthrow';
import { invalidState } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventBus } from '../events/event-bus.js';
import type { KernelEvent } from '../events/kernel-event.js';
import type { SessionRepository, SessionStatus } from '../store/repositories/session-repository.js';
import type { Store } from '../store/store.js';
import { createProtocolEventStore } from './protocol-event-store.js';

/** Whose session an event belongs to. */
export interface SessionOwner {
  readonly sessionId: string;
  readonly userId: string;
}

/** A session's protocol log: the state is always the fold of what was stored. */
export interface SessionRecorder {
  /** The state rebuilt from the stored events, or null before the first one. */
  load(sessionId: string): Result<SessionState | null, KernelError>;
  /**
   * Applies `event` to `state` (refused if the protocol does not allow it), then stores it, runs
   * `alongside` (seeds, evaluations) and mirrors phase and status on the session — all in one
   * transaction — and publishes it. Returns the new state.
   */
  record(
    owner: SessionOwner,
    state: SessionState | null,
    event: ProtocolEvent,
    alongside?: () => Result<unknown, KernelError>,
  ): Result<SessionState, KernelError>;
}

function sessionStatusOf(state: SessionState): { status: SessionStatus; reason: string | null } {
  switch (state.status) {
    case 'active':
      return { status: 'active', reason: null };
    case 'interrupted':
      return { status: 'interrupted', reason: state.interruption };
    case 'converged':
      return { status: 'completed', reason: null };
    case 'stagnated':
      return {
        status: 'failed',
        reason: 'the evaluations stopped improving (stagnated); send a message to try another generation',
      };
    case 'exhausted':
      return { status: 'failed', reason: 'the generation cap was reached without passing' };
  }
}

export function createSessionRecorder(deps: {
  store: Store;
  sessions: SessionRepository;
  bus: EventBus<KernelEvent>;
}): SessionRecorder {
  const events = createProtocolEventStore(deps.store);
  return {
    load(sessionId) {
      return events.forSession(sessionId).andThen((stored) => {
        if (stored.length === 0) return ok(null);
        return replaySession(stored.map((entry) => entry.event)).mapErr((error) =>
          invalidState('session', 'corrupt', error.message),
        );
      });
    },
    record(owner, state, event, alongside) {
      const next = reduceSession(state, event);
      if (next.isErr()) return err(invalidState('session', state?.phase ?? 'new', next.error.message));
      const { status, reason } = sessionStatusOf(next.value);
      const stored = deps.store.transaction('record protocol event', () =>
        events
          .append(event)
          .andThen((appended) => (alongside ? alongside().map(() => appended) : ok(appended)))
          .andThen((appended) =>
            deps.sessions
              .update(owner.sessionId, { phase: next.value.phase, status, statusReason: reason })
              .map(() => appended),
          ),
      );
      if (stored.isErr()) return err(stored.error);
      const seq = stored.value[0]?.seq ?? 0;
      deps.bus.publish({
        type: 'protocol-event-recorded',
        sessionId: owner.sessionId,
        userId: owner.userId,
        seq,
        event,
      });
      if (state === null || state.phase !== next.value.phase || state.status !== next.value.status) {
        deps.bus.publish({
          type: 'session-phase-changed',
          sessionId: owner.sessionId,
          userId: owner.userId,
          phase: next.value.phase,
          status: next.value.status,
        });
      }
      return ok(next.value);
    },
  };
}
