import type { BusEvent } from './types.js';

/**
 * The publishing side of an event bus, as subsystems take it. Any `EventBus<E>` whose union
 * includes a subsystem's events is an `EventSink` of those events, so the kernel passes one bus
 * of all its events to every subsystem.
 */
export interface EventSink<E extends BusEvent> {
  /** Publishes `event`; must not throw (the kernel's EventBus never does). */
  publish(event: E): unknown;
}
