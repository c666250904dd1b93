import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { aborted, duplicateRequest, handlerFailed, timedOut } from '../errors/constructors.js';
import { OutgoingMessageSchema } from '../messages/outgoing-message.js';
import { controlledHandler, flush } from '../test-support/controlled-handler.js';
import { incoming } from '../test-support/messages.js';
import { recordingChannel } from '../test-support/recording-channel.js';
import { createGateway } from './create-gateway.js';
import { HANDLER_THREW } from './invoke-handler.js';

describe('gateway request/reply correlation', () => {
  it('resolves with the reply whose inReplyTo is the request id, addressed to the sender', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler, createId: () => 'out-1', now: () => Date.UTC(2026, 4, 6) });
    const message = incoming({ channel: 'web', sessionId: 's1', sender: { id: 'alice', name: 'Alice' } });
    const reply = gateway.request(message);
    (await call(0)).reply('hello');
    const final = (await reply)._unsafeUnwrap();
    expect(final).toEqual({
      id: 'out-1',
      inReplyTo: message.id,
      channel: 'web',
      sessionId: 's1',
      recipient: { id: 'alice', name: 'Alice' },
      sequence: 0,
      final: true,
      content: { type: 'text', text: 'hello' },
      metadata: {},
      sentAt: '2026-05-06T00:00:00.000Z',
    });
    expect(OutgoingMessageSchema.parse(final)).toEqual(final);
  });

  it('matches concurrent requests answered in reverse order to their own replies', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const messages = ['a', 'b', 'c'].map((sessionId) => incoming({ sessionId }));
    const replies = messages.map((message) => gateway.request(message));
    for (const index of [2, 1, 0]) (await call(index)).reply(`answer to ${(await call(index)).message.id}`);
    const results = await Promise.all(replies);
    for (const [index, result] of results.entries()) {
      const reply = result._unsafeUnwrap();
      expect(reply.inReplyTo).toBe(messages[index]?.id);
      expect(reply.content).toEqual({ type: 'text', text: `answer to ${messages[index]?.id ?? ''}` });
    }
  });

  it('times out with a typed error and aborts the handler signal', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const message = incoming();
    const reply = gateway.request(message, { timeoutMs: 5 });
    const running = await call(0);
    expect(await reply).toEqual(err(timedOut(message.id, 5)));
    expect(running.context.signal.aborted).toBe(true);
    expect(running.context.signal.reason).toMatchObject({ code: 'timeout', requestId: message.id });
    expect(gateway.stats()).toMatchObject({ timedOut: 1, inFlight: 1 });
    running.reply('late');
    await flush();
    expect(gateway.stats()).toMatchObject({ timedOut: 1, completed: 0, inFlight: 0 });
  });

  it('counts queue wait in the timeout and never runs a request that timed out while queued', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler });
    void gateway.request(incoming({ sessionId: 's1' }));
    const queued = incoming({ sessionId: 's1' });
    expect(await gateway.request(queued, { timeoutMs: 5 })).toEqual(err(timedOut(queued.id, 5)));
    expect(gateway.stats()).toMatchObject({ queued: 0, inFlight: 1 });
    (await call(0)).reply('first');
    await flush();
    expect(calls).toHaveLength(1);
  });

  it('aborts through the caller signal: the request ends as aborted and the handler is signalled', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const controller = new AbortController();
    const message = incoming();
    const reply = gateway.request(message, { signal: controller.signal });
    const running = await call(0);
    controller.abort();
    expect(await reply).toEqual(err(aborted(message.id)));
    expect(running.context.signal.aborted).toBe(true);
    expect(gateway.stats().aborted).toBe(1);
  });

  it('refuses an already-aborted signal without calling the handler', async () => {
    const { handler, calls } = controlledHandler();
    const gateway = createGateway({ handler });
    const message = incoming();
    expect(await gateway.request(message, { signal: AbortSignal.abort() })).toEqual(err(aborted(message.id)));
    expect(calls).toHaveLength(0);
    expect(gateway.stats().rejected).toBe(1);
  });

  it('reports a handler error as handler-failed carrying the cause code and message', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const message = incoming();
    const reply = gateway.request(message);
    (await call(0)).fail({ code: 'not-found', message: 'program "x" not found' });
    expect(await reply).toEqual(
      err(handlerFailed(message.id, { code: 'not-found', message: 'program "x" not found' })),
    );
    expect(gateway.stats()).toMatchObject({ failed: 1, completed: 0 });
  });

  it('reports a throwing handler as handler-failed (handler-threw) without leaking the exception', async () => {
    const gateway = createGateway({
      handler: {
        handle: () => {
          throw new Error('secret internals');
        },
      },
    });
    const message = incoming();
    expect(await gateway.request(message)).toEqual(err(handlerFailed(message.id, HANDLER_THREW)));
  });

  it('reports a rejecting handler the same way and keeps serving the session', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const message = incoming({ sessionId: 's1' });
    const crashed = gateway.request(message);
    const next = gateway.request(incoming({ sessionId: 's1' }));
    (await call(0)).crash(new Error('unhandled'));
    expect(await crashed).toEqual(err(handlerFailed(message.id, HANDLER_THREW)));
    (await call(1)).reply('recovered');
    expect((await next).isOk()).toBe(true);
  });

  it('rejects a second request with an id that is still in flight', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const message = incoming();
    const first = gateway.request(message);
    expect(await gateway.request({ ...message, sessionId: 'elsewhere' })).toEqual(err(duplicateRequest(message.id)));
    (await call(0)).reply('only once');
    expect((await first).isOk()).toBe(true);
  });

  it('frees the session after abortGraceMs when a handler ignores its abort signal', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler, abortGraceMs: 1 });
    const stuck = gateway.request(incoming({ sessionId: 's1' }), { timeoutMs: 1 });
    const next = gateway.request(incoming({ sessionId: 's1' }));
    expect((await stuck)._unsafeUnwrapErr().code).toBe('timeout');
    (await call(1)).reply('the session moved on');
    expect((await next).isOk()).toBe(true);
    expect(gateway.stats().abandoned).toBe(1);
    (await call(0)).reply('ignored');
  });

  it('gives request replies to the caller only, never to a channel of the same name', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('web');
    await gateway.register(channel);
    const reply = gateway.request(incoming({ channel: 'web' }), { onPartial: () => undefined });
    const running = await call(0);
    running.context.emit({ content: { type: 'text', text: 'partial' } });
    running.reply('final');
    expect((await reply).isOk()).toBe(true);
    await flush();
    expect(channel.sent).toEqual([]);
  });
});
