import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { stopped } from '../errors/constructors.js';
import { controlledHandler, flush } from '../test-support/controlled-handler.js';
import { incoming } from '../test-support/messages.js';
import { recordingChannel } from '../test-support/recording-channel.js';
import { createGateway } from './create-gateway.js';

describe('gateway stop', () => {
  it('drains running and queued work, refusing new work with stopped meanwhile', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const running = gateway.request(incoming({ sessionId: 's1' }));
    const queued = gateway.request(incoming({ sessionId: 's1' }));
    await call(0);
    let finished = false;
    const stopping = gateway.stop({ deadlineMs: 60_000 }).then((report) => {
      finished = true;
      return report;
    });
    expect(await gateway.request(incoming({ sessionId: 's2' }))).toEqual(err(stopped()));
    (await call(0)).reply('one');
    await flush();
    expect(finished).toBe(false);
    (await call(1)).reply('two');
    expect(await stopping).toEqual({ drained: 2, aborted: 0, abandoned: 0 });
    expect((await running).isOk() && (await queued).isOk()).toBe(true);
  });

  it('aborts at once in abort mode: requests end with stopped and handlers are signalled', async () => {
    const { handler, calls, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const running = gateway.request(incoming({ sessionId: 's1' }));
    const queued = gateway.request(incoming({ sessionId: 's1' }));
    const handling = await call(0);
    const stopping = gateway.stop({ mode: 'abort' });
    expect(await running).toEqual(err(stopped()));
    expect(await queued).toEqual(err(stopped()));
    expect(handling.context.signal.aborted).toBe(true);
    handling.reply('after abort');
    expect(await stopping).toEqual({ drained: 0, aborted: 2, abandoned: 0 });
    expect(calls).toHaveLength(1);
  });

  it('aborts what is left when the drain deadline passes', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const running = gateway.request(incoming());
    const handling = await call(0);
    handling.context.signal.addEventListener('abort', () => {
      handling.reply('stopping as asked');
    });
    expect(await gateway.stop({ deadlineMs: 1 })).toEqual({ drained: 0, aborted: 1, abandoned: 0 });
    expect(await running).toEqual(err(stopped()));
  });

  it('turns a drain into an abort when its signal aborts', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const running = gateway.request(incoming());
    const handling = await call(0);
    handling.context.signal.addEventListener('abort', () => {
      handling.reply('stopping as asked');
    });
    const hurry = new AbortController();
    const stopping = gateway.stop({ deadlineMs: 600_000, signal: hurry.signal });
    hurry.abort();
    expect(await stopping).toEqual({ drained: 0, aborted: 1, abandoned: 0 });
    expect(await running).toEqual(err(stopped()));
  });

  it('stops reading channels, delivers the last replies, then stops each channel', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    channel.push(incoming({ channel: 'cli' }));
    const handling = await call(0);
    const stopping = gateway.stop();
    expect(channel.context?.signal.aborted).toBe(true);
    await flush();
    expect(channel.stopped).toBe(false);
    handling.reply('last words');
    await stopping;
    expect(channel.sent.map((m) => m.content)).toEqual([{ type: 'text', text: 'last words' }]);
    expect(channel.stopped).toBe(true);
    expect(await gateway.register(recordingChannel('late'))).toEqual(err(stopped()));
  });

  it('returns the same report when stopped twice', async () => {
    const gateway = createGateway({ handler: controlledHandler().handler });
    const first = gateway.stop();
    expect(gateway.stop({ mode: 'abort' })).toBe(first);
    expect(await first).toEqual({ drained: 0, aborted: 0, abandoned: 0 });
  });
});
