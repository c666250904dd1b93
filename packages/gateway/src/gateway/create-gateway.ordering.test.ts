import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import { controlledHandler, flush } from '../test-support/controlled-handler.js';
import { incoming } from '../test-support/messages.js';
import { createGateway } from './create-gateway.js';

describe('gateway ordering and concurrency', () => {
  it('handles the second message of a session only after the first has replied', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const first = incoming({ sessionId: 's1' });
    const second = incoming({ sessionId: 's1' });
    const firstReply = gateway.request(first);
    const secondReply = gateway.request(second);
    (await call(0)).reply('one');
    await flush();
    expect(calls.map((c) => c.message.id)).toEqual([first.id, second.id]);
    (await call(1)).reply('two');
    expect((await firstReply)._unsafeUnwrap().inReplyTo).toBe(first.id);
    expect((await secondReply)._unsafeUnwrap().inReplyTo).toBe(second.id);
  });

  it('does not start the second message of a session while the first is pending', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler });
    void gateway.request(incoming({ sessionId: 's1' }));
    void gateway.request(incoming({ sessionId: 's1' }));
    await call(0);
    await flush();
    expect(calls).toHaveLength(1);
    expect(gateway.stats()).toMatchObject({ inFlight: 1, queued: 1, sessions: 1 });
  });

  it('answers another session while one session is busy', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const slow = gateway.request(incoming({ sessionId: 'busy' }));
    const fast = gateway.request(incoming({ sessionId: 'other' }));
    const blocked = await call(0);
    (await call(1)).reply('fast');
    const reply = await fast;
    expect(reply._unsafeUnwrap().content).toEqual({ type: 'text', text: 'fast' });
    expect(blocked.context.signal.aborted).toBe(false);
    blocked.reply('slow');
    expect((await slow).isOk()).toBe(true);
  });

  it('never runs more than maxConcurrent handlers and starts the next session when a slot frees', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler, maxConcurrent: 2 });
    void gateway.request(incoming({ sessionId: 'a' }));
    void gateway.request(incoming({ sessionId: 'b' }));
    const third = incoming({ sessionId: 'c' });
    const thirdReply = gateway.request(third);
    await call(1);
    await flush();
    expect(calls).toHaveLength(2);
    expect(gateway.stats()).toMatchObject({ inFlight: 2, queued: 1 });
    (await call(0)).reply('a');
    expect((await call(2)).message.id).toBe(third.id);
    (await call(2)).reply('c');
    expect((await thirdReply).isOk()).toBe(true);
  });

  it('moves on to the next message of a session after the handler fails', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const failing = gateway.request(incoming({ sessionId: 's1' }));
    const next = gateway.request(incoming({ sessionId: 's1' }));
    (await call(0)).fail({ code: 'internal', message: 'boom' });
    expect((await failing)._unsafeUnwrapErr().code).toBe('handler-failed');
    (await call(1)).reply('still here');
    expect((await next).isOk()).toBe(true);
  });

  it('streams partials in order, numbered by sequence, before the final reply', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const partials: OutgoingMessage[] = [];
    const reply = gateway.request(incoming(), { onPartial: (partial) => partials.push(partial) });
    const running = await call(0);
    expect(running.context.emit({ content: { type: 'text', text: 'thinking' } })).toBe(true);
    expect(running.context.emit({ content: { type: 'data', data: { phase: 'interview', ratio: 0.5 } } })).toBe(true);
    running.reply('done');
    const final = (await reply)._unsafeUnwrap();
    expect(partials.map((p) => [p.sequence, p.final, p.content.type])).toEqual([
      [0, false, 'text'],
      [1, false, 'data'],
    ]);
    expect([final.sequence, final.final]).toEqual([2, true]);
    expect(running.context.emit({ content: { type: 'text', text: 'too late' } })).toBe(false);
  });
});
