import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger/logger.js';
import { createEventBus } from './event-bus.js';

type TestEvent =
  { type: 'agent-started'; agent: string } | { type: 'agent-stopped'; agent: string } | { type: 'tick'; n: number };

const tick = (n: number): TestEvent => ({ type: 'tick', n });

function recordingLogger(): Logger & { errors: unknown[] } {
  const errors: unknown[] = [];
  const logger: Logger & { errors: unknown[] } = {
    errors,
    error: (fields) => errors.push(fields),
    warn: () => undefined,
    info: () => undefined,
    debug: () => undefined,
    child: () => logger,
  };
  return logger;
}

describe('EventBus', () => {
  it('assigns increasing ids and timestamps', () => {
    const bus = createEventBus<TestEvent>({ now: () => Date.parse('2026-01-01T00:00:00Z') });
    const first = bus.publish(tick(1));
    const second = bus.publish(tick(2));
    expect([first.id, second.id]).toEqual([1, 2]);
    expect(new Date(first.at).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(bus.lastId).toBe(2);
  });

  it('delivers only the types a subscriber asked for, in order', () => {
    const bus = createEventBus<TestEvent>();
    const subscription = bus.subscribe({ types: ['agent-started', 'agent-stopped'] });
    bus.publish({ type: 'agent-started', agent: 'a' });
    bus.publish(tick(1));
    bus.publish({ type: 'agent-stopped', agent: 'a' });
    expect([subscription.take()?.event.type, subscription.take()?.event.type, subscription.take()]).toEqual([
      'agent-started',
      'agent-stopped',
      undefined,
    ]);
  });

  it('applies a filter predicate', () => {
    const bus = createEventBus<TestEvent>();
    const subscription = bus.subscribe({ filter: (event) => event.type === 'tick' && event.n % 2 === 0 });
    for (let n = 1; n <= 4; n += 1) bus.publish(tick(n));
    expect([subscription.take()?.event, subscription.take()?.event]).toEqual([tick(2), tick(4)]);
  });

  it('drops the oldest events for a slow subscriber and reports how many it lost', () => {
    const bus = createEventBus<TestEvent>();
    const slow = bus.subscribe({ bufferSize: 3 });
    const fast = bus.subscribe({ bufferSize: 100 });
    for (let n = 1; n <= 10; n += 1) bus.publish(tick(n));
    expect(slow.dropped).toBe(7);
    expect(slow.pending).toBe(3);
    const kept = [slow.take(), slow.take(), slow.take()].map((published) => published?.event);
    expect(kept).toEqual([tick(8), tick(9), tick(10)]);
    expect(fast.dropped).toBe(0);
    expect(fast.pending).toBe(10);
  });

  it('is an async iterable that waits for events and ends on unsubscribe', async () => {
    const bus = createEventBus<TestEvent>();
    const subscription = bus.subscribe();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const published of subscription) {
        if (published.event.type === 'tick') seen.push(published.event.n);
      }
    })();
    bus.publish(tick(1));
    await Promise.resolve();
    bus.publish(tick(2));
    subscription.unsubscribe();
    await reading;
    expect(seen).toEqual([1, 2].slice(0, seen.length));
    expect(seen[0]).toBe(1);
    expect(bus.subscriberCount).toBe(0);
  });

  it('resolves a pending next() with the next published event', async () => {
    const bus = createEventBus<TestEvent>();
    const subscription = bus.subscribe();
    const pending = subscription.next();
    bus.publish(tick(7));
    await expect(pending).resolves.toEqual({
      done: false,
      value: expect.objectContaining({ event: tick(7) }) as unknown,
    });
  });

  it('unsubscribes when its AbortSignal aborts', async () => {
    const bus = createEventBus<TestEvent>();
    const controller = new AbortController();
    const subscription = bus.subscribe({ signal: controller.signal });
    const pending = subscription.next();
    controller.abort();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(subscription.closed).toBe(true);
    expect(bus.subscriberCount).toBe(0);
  });

  it('never throws from publish, even when a handler or filter throws', () => {
    const logger = recordingLogger();
    const bus = createEventBus<TestEvent>({ logger });
    const received: number[] = [];
    bus.on(() => {
      throw new Error('handler broke');
    });
    bus.subscribe({
      filter: () => {
        throw new Error('filter broke');
      },
    });
    bus.on((published) => {
      if (published.event.type === 'tick') received.push(published.event.n);
    });
    expect(() => bus.publish(tick(1))).not.toThrow();
    expect(received).toEqual([1]);
    expect(logger.errors).toHaveLength(2);
  });

  it('publishing with no subscribers is fine and a closed bus ignores publishes', async () => {
    const bus = createEventBus<TestEvent>();
    bus.publish(tick(1));
    const subscription = bus.subscribe();
    bus.close();
    bus.publish(tick(2));
    expect(subscription.closed).toBe(true);
    await expect(subscription.next()).resolves.toEqual({ done: true, value: undefined });
    expect(bus.subscribe().closed).toBe(true);
  });

  it('replays retained events after a given id and counts a gap as dropped', () => {
    const bus = createEventBus<TestEvent>({ history: 5 });
    for (let n = 1; n <= 8; n += 1) bus.publish(tick(n));
    const resumed = bus.subscribe({ afterId: 5 });
    expect([resumed.take()?.id, resumed.take()?.id, resumed.take()?.id, resumed.take()]).toEqual([6, 7, 8, undefined]);
    expect(resumed.dropped).toBe(0);
    const late = bus.subscribe({ afterId: 1 });
    expect(late.dropped).toBe(2);
    expect(late.take()?.id).toBe(4);
  });

  it('removes an on() handler with the returned function', () => {
    const bus = createEventBus<TestEvent>();
    let calls = 0;
    const off = bus.on(() => {
      calls += 1;
    });
    bus.publish(tick(1));
    off();
    bus.publish(tick(2));
    expect(calls).toBe(1);
  });
});
