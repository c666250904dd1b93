import type { ProtocolEvent } from '@oxios/ouroboros';
import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';

/** A protocol event with its position in the log. */
export interface StoredProtocolEvent {
  readonly seq: number;
  readonly event: ProtocolEvent;
}

/** The append-only Ouroboros event log: a session's state is the fold of its events. */
export interface ProtocolEventStore {
  /** Appends events in order (call inside a transaction to group them with other writes). */
  append(...events: readonly ProtocolEvent[]): Result<readonly StoredProtocolEvent[], KernelError>;
  /** A session's events in order, after `afterSeq` (exclusive). */
  forSession(sessionId: string, afterSeq?: number): Result<readonly StoredProtocolEvent[], KernelError>;
  /** Ids of sessions whose last event leaves them mid-loop (for resuming after a restart). */
  sessionIds(): Result<readonly string[], KernelError>;
}

/** Creates the protocol event store over `store`. */
export function createProtocolEventStore(store: Store): ProtocolEventStore {
  return {
    append(...events) {
      return store.attempt('append protocol events', () =>
        events.map((event) => {
          const result = store
            .statement('INSERT INTO protocol_events (session_id, type, body, created_at) VALUES (?, ?, ?, ?)')
            .run(event.sessionId, event.type, JSON.stringify(event), Date.parse(event.at));
          return { seq: Number(result.lastInsertRowid), event };
        }),
      );
    },
    forSession(sessionId, afterSeq = 0) {
      return store.attempt('read protocol events', () =>
        (
          store
            .statement('SELECT seq, body FROM protocol_events WHERE session_id = ? AND seq > ? ORDER BY seq')
            .all(sessionId, afterSeq) as { seq: number; body: string }[]
        ).map((row) => ({ seq: row.seq, event: JSON.parse(row.body) as ProtocolEvent })),
      );
    },
    sessionIds() {
      return store.attempt('list protocol sessions', () =>
        (
          store.statement('SELECT DISTINCT session_id FROM protocol_events ORDER BY session_id').all() as {
            session_id: string;
          }[]
        ).map((row) => row.session_id),
      );
    },
  };
}
