import { err, type Result } from 'neverthrow';
import type { Channel } from '../channel/channel.js';
import { channelFailed } from '../errors/constructors.js';
import type { GatewayError } from '../errors/gateway-error.js';
import { untilAborted } from '../internal/until-aborted.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import type { ReplySink } from './job.js';

/**
 * A sink that sends every message through `channel.send`, each within `timeoutMs`. A failed or
 * late send is reported to `onFailure`; it never rejects.
 */
export function channelSink(
  channel: Channel,
  timeoutMs: number,
  onFailure: (error: GatewayError, message: OutgoingMessage) => void,
): ReplySink {
  const send = async (message: OutgoingMessage): Promise<void> => {
    const signal = AbortSignal.timeout(timeoutMs);
    let result: Result<void, GatewayError> | undefined;
    try {
      result = await untilAborted((async () => await channel.send(message, { signal }))(), signal);
    } catch (error) {
      result = err(channelFailed(channel.name, 'send', error));
    }
    if (result === undefined) {
      onFailure(channelFailed(channel.name, 'send', new Error(`no answer within ${timeoutMs} ms`)), message);
    } else if (result.isErr()) {
      onFailure(result.error, message);
    }
  };
  return { deliver: send, fail: (_error, message) => send(message) };
}
