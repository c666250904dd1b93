// Test support (not exported): a channel whose incoming messages the test pushes and whose
// sends it records.
import { ok, type Result } from 'neverthrow';
import type { Channel, ChannelContext } from '../channel/channel.js';
import type { GatewayError } from '../errors/gateway-error.js';
import { BoundedQueue } from '../internal/bounded-queue.js';
import { deferred, type Deferred } from '../internal/deferred.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';

/** A {@link Channel} driven by the test. */
export interface RecordingChannel extends Channel {
  /** Makes `message` arrive on the channel. */
  readonly push: (message: IncomingMessage) => void;
  /** Everything the gateway sent, in order. */
  readonly sent: readonly OutgoingMessage[];
  /** Waits until `count` messages have been sent. */
  readonly sentCount: (count: number) => Promise<readonly OutgoingMessage[]>;
  readonly context: ChannelContext | undefined;
  readonly stopped: boolean;
}

/** Creates a {@link RecordingChannel}; `send` answers with `sendResult` (default ok). */
export function recordingChannel(
  name = 'test',
  sendResult: () => Result<void, GatewayError> = () => ok(undefined),
): RecordingChannel {
  const inbox = new BoundedQueue<IncomingMessage>(1000, 'reject');
  const sent: OutgoingMessage[] = [];
  const waits: { count: number; done: Deferred<readonly OutgoingMessage[]> }[] = [];
  let context: ChannelContext | undefined;
  let stopped = false;
  return {
    name,
    start(channelContext) {
      context = channelContext;
      return Promise.resolve(ok(undefined));
    },
    incoming: () => inbox,
    send(message) {
      sent.push(message);
      for (const wait of waits) if (sent.length >= wait.count) wait.done.resolve([...sent]);
      return Promise.resolve(sendResult());
    },
    stop() {
      stopped = true;
      inbox.close();
      return Promise.resolve();
    },
    push: (message) => {
      inbox.push(message);
    },
    sent,
    sentCount(count) {
      const done = deferred<readonly OutgoingMessage[]>();
      if (sent.length >= count) done.resolve([...sent]);
      else waits.push({ count, done });
      return done.promise;
    },
    get context() {
      return context;
    },
    get stopped() {
      return stopped;
    },
  };
}
