import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../channel/channel.js';
import { channelExists, channelFailed, channelNotFound } from '../errors/constructors.js';
import { deferred } from '../internal/deferred.js';
import { controlledHandler, flush } from '../test-support/controlled-handler.js';
import { incoming } from '../test-support/messages.js';
import { recordingChannel } from '../test-support/recording-channel.js';
import { createGateway } from './create-gateway.js';

describe('gateway channels', () => {
  it('reads a registered channel and sends each reply back to it, addressed to the sender', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli');
    expect(await gateway.register(channel)).toEqual(ok(undefined));
    const message = incoming({ channel: 'cli', sender: { id: 'bob' } });
    channel.push(message);
    const running = await call(0);
    running.context.emit({ content: { type: 'text', text: 'working' } });
    running.reply('done');
    const sent = await channel.sentCount(2);
    expect(sent.map((m) => [m.inReplyTo, m.recipient.id, m.channel, m.sequence, m.final])).toEqual([
      [message.id, 'bob', 'cli', 0, false],
      [message.id, 'bob', 'cli', 1, true],
    ]);
    expect(gateway.channelNames()).toEqual(['cli']);
  });

  it('keeps a session’s replies in order on a slow channel while freeing the handler slot', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const gate = deferred<undefined>();
    const calls: string[] = [];
    const inner = recordingChannel('cli');
    const slow: Channel = {
      ...inner,
      send(message, options) {
        calls.push(`${message.inReplyTo}#${message.sequence}`);
        return message.sequence === 0 && calls.length === 1
          ? gate.promise.then(() => ok(undefined))
          : inner.send(message, options);
      },
    };
    await gateway.register(slow);
    const first = incoming({ channel: 'cli', sessionId: 's1' });
    const second = incoming({ channel: 'cli', sessionId: 's1' });
    inner.push(first);
    inner.push(second);
    (await call(0)).reply('first');
    const next = await call(1); // the slot is free although the first reply is still being sent
    next.context.emit({ content: { type: 'text', text: 'second, partial' } });
    next.reply('second');
    await flush();
    expect(calls).toEqual([`${first.id}#0`]);
    gate.resolve(undefined);
    await inner.sentCount(2);
    expect(calls).toEqual([`${first.id}#0`, `${second.id}#0`, `${second.id}#1`]);
  });

  it('keeps reading a channel while earlier messages are still being handled', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    channel.push(incoming({ channel: 'cli', sessionId: 'a' }));
    channel.push(incoming({ channel: 'cli', sessionId: 'b' }));
    await call(1);
    expect(gateway.stats().inFlight).toBe(2);
  });

  it('answers a refused message on its own channel with a final error message', async () => {
    const { handler } = controlledHandler();
    const gateway = createGateway({ handler, maxQueuedPerSession: 0 });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    channel.push(incoming({ channel: 'cli', sessionId: 's1' }));
    const refused = incoming({ channel: 'cli', sessionId: 's1', sender: { id: 'carol' } });
    channel.push(refused);
    const [error] = await channel.sentCount(1);
    expect(error).toMatchObject({
      inReplyTo: refused.id,
      recipient: { id: 'carol' },
      final: true,
      content: {
        type: 'error',
        error: { code: 'overloaded', details: { scope: 'session', limit: 0, sessionId: 's1' } },
      },
    });
  });

  it('answers a message that names another channel with invalid-message', async () => {
    const { handler, calls } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    channel.push(incoming({ channel: 'web' }));
    const [error] = await channel.sentCount(1);
    expect(error).toMatchObject({ channel: 'cli', content: { type: 'error', error: { code: 'invalid-message' } } });
    expect(calls).toHaveLength(0);
  });

  it('ends a request with timeout on its channel when the handler is too slow', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler, defaultTimeoutMs: 5 });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    channel.push(incoming({ channel: 'cli' }));
    const running = await call(0);
    const [error] = await channel.sentCount(1);
    expect(error?.content).toMatchObject({ type: 'error', error: { code: 'timeout', details: { timeoutMs: 5 } } });
    expect(running.context.signal.aborted).toBe(true);
  });

  it('lets a channel cancel its own request but not another channel’s', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const cli = recordingChannel('cli');
    const mcp = recordingChannel('mcp');
    await gateway.register(cli);
    await gateway.register(mcp);
    const message = incoming({ channel: 'cli' });
    cli.push(message);
    const running = await call(0);
    expect(mcp.context?.cancel(message.id, 'aborted')).toBe(false);
    expect(running.context.signal.aborted).toBe(false);
    expect(cli.context?.cancel(message.id, 'aborted')).toBe(true);
    expect(running.context.signal.aborted).toBe(true);
    running.reply('nobody listens');
    await flush();
    expect(cli.sent).toEqual([]);
  });

  it('refuses a second channel with the same name', async () => {
    const gateway = createGateway({ handler: controlledHandler().handler });
    await gateway.register(recordingChannel('cli'));
    expect(await gateway.register(recordingChannel('cli'))).toEqual(err(channelExists('cli')));
  });

  it('reports a channel that fails to start as channel-failed and does not register it', async () => {
    const gateway = createGateway({ handler: controlledHandler().handler });
    const failure = new Error('port in use');
    const broken: Channel = {
      ...recordingChannel('broken'),
      start: () => Promise.reject(failure),
    };
    expect(await gateway.register(broken)).toEqual(err(channelFailed('broken', 'start', failure)));
    expect(gateway.channelNames()).toEqual([]);
  });

  it('submits to a registered channel by name and refuses an unknown one', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli');
    await gateway.register(channel);
    expect(gateway.submit(incoming({ channel: 'nope' }))).toEqual(err(channelNotFound('nope')));
    expect(gateway.submit(incoming({ channel: 'cli' }))).toEqual(ok(undefined));
    (await call(0)).reply('via submit');
    expect((await channel.sentCount(1))[0]?.content).toEqual({ type: 'text', text: 'via submit' });
  });

  it('counts a failed delivery and keeps routing', async () => {
    const { handler, call } = controlledHandler();
    const gateway = createGateway({ handler });
    const channel = recordingChannel('cli', () => err(channelFailed('cli', 'send')));
    await gateway.register(channel);
    channel.push(incoming({ channel: 'cli' }));
    (await call(0)).reply('lost');
    await channel.sentCount(1);
    await flush();
    expect(gateway.stats()).toMatchObject({ deliveryFailed: 1, completed: 1, inFlight: 0 });
  });
});
