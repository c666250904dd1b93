import type { Channel } from '../channel/channel.js';
import type { Logger } from '../logger/logger.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import { untilAborted } from '../internal/until-aborted.js';

/**
 * Reads `channel.incoming()` until it ends or `signal` aborts, handing each message to `accept`
 * (which must not block: it queues or refuses). Resolves when reading has stopped; never rejects.
 */
export async function pumpChannel(
  channel: Channel,
  signal: AbortSignal,
  accept: (message: IncomingMessage) => void,
  logger: Logger,
): Promise<void> {
  let iterator: AsyncIterator<IncomingMessage> | undefined;
  try {
    iterator = channel.incoming()[Symbol.asyncIterator]();
    for (;;) {
      const next = await untilAborted(iterator.next(), signal);
      if (next === undefined || next.done === true) break;
      accept(next.value);
    }
  } catch (error) {
    logger.error({ err: error }, 'channel stopped delivering messages');
  } finally {
    // Not awaited: an async generator parked in next() only returns after that next() settles.
    Promise.resolve(iterator?.return?.()).catch((error: unknown) => {
      logger.debug({ err: error }, 'closing the incoming iterator failed');
    });
  }
}
