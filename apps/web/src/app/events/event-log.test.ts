import { describe, expect, it } from 'vitest';
import { eventLogReducer, initialEventLog, type EventLogState } from './event-log.js';
import { parseLiveEvent, sessionIdOf } from './live-event.js';
import { summarizeEvent } from './summarize-event.js';

const live = (id: number, type = 'session-created', fields: Record<string, unknown> = {}) =>
  parseLiveEvent({ id: String(id), event: type, data: JSON.stringify({ id, at: 1000 + id, type, ...fields }) })!;

describe('the live event log', () => {
  it('parses an event: bus id, time, type and its own fields', () => {
    const event = live(7, 'session-created', { sessionId: 's-1234567890', userId: 'ann' });
    expect(event).toEqual({
      id: 7,
      at: 1007,
      type: 'session-created',
      fields: { sessionId: 's-1234567890', userId: 'ann' },
    });
    expect(sessionIdOf(event)).toBe('s-1234567890');
    expect(summarizeEvent(event)).toBe('Session s-123456 created by ann');
    expect(parseLiveEvent({ event: 'x', data: 'not json' })).toBeUndefined();
    expect(parseLiveEvent({ event: 'x', data: '[1]' })).toBeUndefined();
  });

  it('keeps the newest events first, up to its limit', () => {
    let state: EventLogState = initialEventLog(3);
    for (const id of [1, 2, 3, 4]) state = eventLogReducer(state, { type: 'event', event: live(id) });
    expect(state.events.map((event) => event.id)).toEqual([4, 3, 2]);
  });

  it('ignores an event it already has when a resumed stream repeats it', () => {
    const once = eventLogReducer(initialEventLog(), { type: 'event', event: live(5) });
    expect(eventLogReducer(once, { type: 'event', event: live(5) })).toBe(once);
  });

  it('tracks the connection: open, lost with the reason, open again', () => {
    let state = eventLogReducer(initialEventLog(), { type: 'open' });
    expect(state.connection).toBe('open');
    state = eventLogReducer(state, { type: 'error', message: 'dropped' });
    expect(state).toMatchObject({ connection: 'reconnecting', lastError: 'dropped' });
    state = eventLogReducer(state, { type: 'open' });
    expect(state.connection).toBe('open');
    expect(state.lastError).toBeUndefined();
  });

  it('counts events the server dropped, and clears', () => {
    const dropped = parseLiveEvent({ event: 'events-dropped', data: '{"dropped":4}' })!;
    let state = eventLogReducer(initialEventLog(), { type: 'event', event: dropped });
    expect(state.dropped).toBe(4);
    expect(summarizeEvent(dropped)).toBe('4 events were dropped (the dashboard fell behind)');
    state = eventLogReducer(state, { type: 'clear' });
    expect(state).toMatchObject({ events: [], dropped: 0 });
  });

  it('summarizes approvals, denials and unknown types', () => {
    expect(
      summarizeEvent(
        live(1, 'approval-requested', { approval: { action: 'host-exec', resource: 'git push', status: 'pending' } }),
      ),
    ).toBe('Approval requested: pending · host-exec · git push');
    expect(
      summarizeEvent(
        live(2, 'access-denied', { subject: 'agent:a', action: 'tool', resource: 'bash', reason: 'not allowed' }),
      ),
    ).toBe('Denied agent:a tool bash (not allowed)');
    expect(summarizeEvent(live(3, 'seed-created', { seedId: 'x', version: 2, nested: { a: 1 } }))).toBe(
      'seedId=x version=2',
    );
  });
});
