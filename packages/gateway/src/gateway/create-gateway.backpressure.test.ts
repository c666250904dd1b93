import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { overloaded } from '../errors/constructors.js';
import { controlledHandler } from '../test-support/controlled-handler.js';
import { incoming } from '../test-support/messages.js';
import { createGateway } from './create-gateway.js';

describe('gateway backpressure', () => {
  it('refuses at once with overloaded (session scope and limit) while the handler is still busy', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler, maxQueuedPerSession: 1 });
    void gateway.request(incoming({ sessionId: 's1' })); // runs
    void gateway.request(incoming({ sessionId: 's1' })); // waits
    // Resolves although the running handler never replies: refusal does not wait for capacity.
    expect(await gateway.request(incoming({ sessionId: 's1' }))).toEqual(err(overloaded('session', 1, 's1')));
    const other = gateway.request(incoming({ sessionId: 's2' }));
    (await call(1)).reply('s2 is unaffected');
    expect((await other).isOk()).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('refuses with overloaded (global scope and limit) when all sessions together fill the queue', async () => {
    const { handler } = controlledHandler();
    const gateway = createGateway({ handler, maxConcurrent: 1, maxQueued: 2 });
    void gateway.request(incoming({ sessionId: 'a' }));
    void gateway.request(incoming({ sessionId: 'b' }));
    void gateway.request(incoming({ sessionId: 'c' }));
    expect(await gateway.request(incoming({ sessionId: 'd' }))).toEqual(err(overloaded('global', 2)));
    expect(gateway.stats()).toMatchObject({ inFlight: 1, queued: 2, rejected: 1 });
  });

  it('accepts again once the queue has drained', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler, maxQueuedPerSession: 0 });
    const first = gateway.request(incoming({ sessionId: 's1' }));
    expect((await gateway.request(incoming({ sessionId: 's1' })))._unsafeUnwrapErr().code).toBe('overloaded');
    (await call(0)).reply('done');
    await first;
    const again = gateway.request(incoming({ sessionId: 's1' }));
    (await call(1)).reply('accepted');
    expect((await again).isOk()).toBe(true);
  });

  it('counts queued, in flight, rejected, completed and failed for metrics', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler, maxConcurrent: 1, maxQueuedPerSession: 1 });
    const a1 = gateway.request(incoming({ sessionId: 'a' })); // runs
    const b1 = gateway.request(incoming({ sessionId: 'b' })); // waits for a slot
    const a2 = gateway.request(incoming({ sessionId: 'a' })); // waits behind a1
    await gateway.request(incoming({ sessionId: 'a' })); // refused: session a's queue is full
    expect(gateway.stats()).toEqual({
      queued: 2,
      inFlight: 1,
      sessions: 2,
      accepted: 3,
      rejected: 1,
      completed: 0,
      failed: 0,
      timedOut: 0,
      aborted: 0,
      abandoned: 0,
      deliveryFailed: 0,
    });
    (await call(0)).reply('a1');
    await a1;
    (await call(1)).fail({ code: 'internal', message: 'b1 failed' });
    await b1;
    (await call(2)).reply('a2');
    await a2;
    expect(gateway.stats()).toMatchObject({ queued: 0, inFlight: 0, sessions: 0, completed: 2, failed: 1 });
  });

  it('rejects invalid limits as programming errors', () => {
    const { handler } = controlledHandler();
    expect(() => createGateway({ handler, maxConcurrent: 0 })).toThrow(RangeError);
    expect(() => createGateway({ handler, maxQueued: -1 })).toThrow(RangeError);
    expect(() => createGateway({ handler, defaultTimeoutMs: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});
