import { err, ok, type Result } from 'neverthrow';
import { invalidEvent } from '../errors/constructors.js';
import type { InvalidEventError } from '../errors/ouroboros-error.js';
import { EMPTY_LINEAGE, type Lineage } from './lineage.js';
import type { ProtocolEvent } from './protocol-event.js';
import { reduceLineage } from './reduce-lineage.js';

/** Rebuilds a lineage by folding events in order; the error names the first event that did not fit. */
export function replayLineage(events: readonly ProtocolEvent[]): Result<Lineage, InvalidEventError> {
  let lineage = EMPTY_LINEAGE;
  for (const [index, event] of events.entries()) {
    const next = reduceLineage(lineage, event);
    if (next.isErr()) return err(invalidEvent(next.error.eventType, next.error.reason, index));
    lineage = next.value;
  }
  return ok(lineage);
}
