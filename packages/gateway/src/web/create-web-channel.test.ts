import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import type { ChannelContext } from '../channel/channel.js';
import { aborted, handlerFailed, overloaded, stopped, timedOut } from '../errors/constructors.js';
import { createGateway } from '../gateway/create-gateway.js';
import { noopLogger } from '../logger/logger.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import { controlledHandler, flush } from '../test-support/controlled-handler.js';
import { createWebChannel } from './create-web-channel.js';

async function setup(gatewayOptions: { maxQueuedPerSession?: number } = {}) {
  const handler = controlledHandler();
  const gateway = createGateway({ handler: handler.handler, ...gatewayOptions });
  const web = createWebChannel();
  await gateway.register(web);
  return { ...handler, gateway, web };
}

const alice = { id: 'alice' };
const bob = { id: 'bob' };

describe('web channel', () => {
  it('resolves a request with the reply correlated by request id', async () => {
    const { web, call } = await setup();
    const reply = web.request({ id: 'http-1', sender: alice, sessionId: 's1', text: 'hi' });
    const handling = await call(0);
    expect(handling.message).toMatchObject({ id: 'http-1', channel: 'web', sender: alice, text: 'hi' });
    handling.reply('hello alice');
    expect((await reply)._unsafeUnwrap()).toMatchObject({
      inReplyTo: 'http-1',
      recipient: alice,
      final: true,
      content: { type: 'text', text: 'hello alice' },
    });
    expect(web.pending).toBe(0);
  });

  it('streams partials to the requesting user in order, then resolves with the final reply', async () => {
    const { web, call } = await setup();
    const partials: OutgoingMessage[] = [];
    const reply = web.request({ sender: alice, sessionId: 's1', text: 'go' }, { onPartial: (p) => partials.push(p) });
    const handling = await call(0);
    handling.context.emit({ content: { type: 'text', text: 'step 1' } });
    handling.context.emit({ content: { type: 'text', text: 'step 2' } });
    handling.reply('done');
    const final = (await reply)._unsafeUnwrap();
    expect(partials.map((p) => p.content)).toEqual([
      { type: 'text', text: 'step 1' },
      { type: 'text', text: 'step 2' },
    ]);
    expect(final.sequence).toBe(2);
  });

  it('gives each user only their own replies, on requests and on feeds', async () => {
    const { web, call } = await setup();
    const aliceFeed = web.subscribe('alice')[Symbol.asyncIterator]();
    const bobFeed = web.subscribe('bob')[Symbol.asyncIterator]();
    const aliceReply = web.request({ sender: alice, sessionId: 'a', text: 'mine' });
    const bobReply = web.request({ sender: bob, sessionId: 'b', text: 'mine too' });
    (await call(1)).reply('for bob');
    (await call(0)).reply('for alice');
    expect((await aliceReply)._unsafeUnwrap().content).toEqual({ type: 'text', text: 'for alice' });
    expect((await bobReply)._unsafeUnwrap().content).toEqual({ type: 'text', text: 'for bob' });
    expect((await aliceFeed.next()).value?.content).toEqual({ type: 'text', text: 'for alice' });
    expect((await bobFeed.next()).value?.content).toEqual({ type: 'text', text: 'for bob' });
    let bobSawMore = false;
    void bobFeed.next().then(() => (bobSawMore = true));
    const again = web.request({ sender: alice, sessionId: 'a', text: 'again' });
    (await call(2)).reply('alice again');
    await again;
    expect((await aliceFeed.next()).value?.content).toEqual({ type: 'text', text: 'alice again' });
    await flush();
    expect(bobSawMore).toBe(false);
  });

  it('follows a user across requests and drops the oldest when the reader falls behind', async () => {
    const { web, call } = await setup();
    const feed = web.subscribe('alice', { bufferSize: 1 });
    const first = web.request({ sender: alice, sessionId: 'a', text: '1' });
    (await call(0)).reply('one');
    await first;
    const second = web.request({ sender: alice, sessionId: 'b', text: '2' });
    (await call(1)).reply('two');
    await second;
    const bobs = web.request({ sender: bob, sessionId: 'c', text: '3' });
    (await call(2)).reply('not for alice');
    await bobs;
    const next = await feed[Symbol.asyncIterator]().next();
    expect(next.value?.content).toEqual({ type: 'text', text: 'two' });
    expect(feed.dropped).toBe(1);
    feed.close();
  });

  it('times out with a typed error and aborts the handler', async () => {
    const { web, call, gateway } = await setup();
    const reply = web.request({ id: 'slow', sender: alice, sessionId: 's1', text: 'x' }, { timeoutMs: 5 });
    const handling = await call(0);
    expect(await reply).toEqual(err(timedOut('slow', 5)));
    expect(handling.context.signal.aborted).toBe(true);
    expect(gateway.stats().timedOut).toBe(1);
  });

  it('cancels when the HTTP client goes away', async () => {
    const { web, call } = await setup();
    const client = new AbortController();
    const reply = web.request({ id: 'gone', sender: alice, sessionId: 's1', text: 'x' }, { signal: client.signal });
    const handling = await call(0);
    client.abort();
    expect(await reply).toEqual(err(aborted('gone')));
    expect(handling.context.signal.aborted).toBe(true);
  });

  it('passes the gateway’s overload back as a typed overloaded error with its limit', async () => {
    const { web } = await setup({ maxQueuedPerSession: 0 });
    void web.request({ sender: alice, sessionId: 's1', text: 'busy' });
    expect(await web.request({ sender: alice, sessionId: 's1', text: 'more' })).toEqual(
      err(overloaded('session', 0, 's1')),
    );
  });

  it('passes a handler failure back as handler-failed with its cause', async () => {
    const { web, call } = await setup();
    const reply = web.request({ id: 'r', sender: alice, sessionId: 's1', text: 'x' });
    (await call(0)).fail({ code: 'permission-denied', message: 'alice may not run bash' });
    expect(await reply).toEqual(
      err(handlerFailed('r', { code: 'permission-denied', message: 'alice may not run bash' })),
    );
  });

  it('never hands a reply addressed to another user to a waiting request', async () => {
    const web = createWebChannel();
    await web.start({ signal: new AbortController().signal, cancel: () => true, logger: noopLogger });
    const reply = web.request({ id: 'r1', sender: alice, sessionId: 's1', text: 'x' });
    const base = {
      inReplyTo: 'r1',
      channel: 'web',
      sessionId: 's1',
      sequence: 0,
      final: true,
      metadata: {},
      sentAt: '2026-05-06T00:00:00.000Z',
    };
    const signal = new AbortController().signal;
    await web.send({ ...base, id: 'o1', recipient: bob, content: { type: 'text', text: 'for bob' } }, { signal });
    expect(web.pending).toBe(1);
    await web.send({ ...base, id: 'o2', recipient: alice, content: { type: 'text', text: 'for alice' } }, { signal });
    expect((await reply)._unsafeUnwrap().id).toBe('o2');
  });

  it('refuses with overloaded (channel) when its inbox is full', async () => {
    const web = createWebChannel({ inboxSize: 1 });
    const context: ChannelContext = {
      signal: new AbortController().signal,
      cancel: () => true,
      logger: noopLogger,
    };
    expect(await web.start(context)).toEqual(ok(undefined));
    void web.request({ sender: alice, sessionId: 's1', text: 'waits in the inbox' });
    expect(await web.request({ sender: alice, sessionId: 's2', text: 'no room' })).toEqual(
      err(overloaded('channel', 1)),
    );
  });

  it('refuses requests before it is started and after it is stopped', async () => {
    const web = createWebChannel();
    expect(await web.request({ sender: alice, sessionId: 's1', text: 'x' })).toEqual(err(stopped('channel "web"')));
    const { web: started, gateway, call } = await setup();
    const pending = started.request({ sender: alice, sessionId: 's1', text: 'x' });
    const handling = await call(0);
    handling.context.signal.addEventListener('abort', () => {
      handling.reply('stopping');
    });
    await gateway.stop({ mode: 'abort' });
    expect((await pending)._unsafeUnwrapErr().code).toBe('stopped');
    expect(await started.request({ sender: alice, sessionId: 's1', text: 'y' })).toEqual(err(stopped('channel "web"')));
  });

  it('validates what it builds and reports invalid-message with the field path', async () => {
    const { web, calls } = await setup();
    const result = await web.request({ sender: { id: '' }, sessionId: 's1', text: 'x' });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-message', issues: [{ path: 'sender.id' }] });
    await flush();
    expect(calls).toHaveLength(0);
  });
});
