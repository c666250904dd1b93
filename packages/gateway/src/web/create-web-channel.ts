import { randomUUID } from 'node:crypto';
import { err, errAsync, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import type { ChannelContext } from '../channel/channel.js';
import { aborted, channelExists, duplicateRequest, overloaded, stopped, timedOut } from '../errors/constructors.js';
import { fromErrorBody } from '../errors/error-body.js';
import type { GatewayError } from '../errors/gateway-error.js';
import { checkedInteger } from '../gateway/resolve-options.js';
import { BoundedQueue } from '../internal/bounded-queue.js';
import { deferred } from '../internal/deferred.js';
import { noopLogger } from '../logger/logger.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import { parseIncomingMessage } from '../messages/parse-incoming-message.js';
import { ReplyFeeds } from './reply-feeds.js';
import type { WebChannel, WebChannelOptions } from './types.js';

interface Waiter {
  readonly userId: string;
  readonly onPartial: ((partial: OutgoingMessage) => void) | undefined;
  readonly finish: (result: Result<OutgoingMessage, GatewayError>) => void;
}

/**
 * Creates the web channel. Register it with a gateway, then call `request` from HTTP routes.
 * Replies are matched to requests by `inReplyTo` and handed only to the user who asked.
 */
export function createWebChannel(options: WebChannelOptions = {}): WebChannel {
  const name = options.name ?? 'web';
  const inboxSize = checkedInteger('inboxSize', options.inboxSize ?? 256, 0);
  const defaultTimeoutMs = checkedInteger('defaultTimeoutMs', options.defaultTimeoutMs ?? 120_000, 1);
  const logger = (options.logger ?? noopLogger).child({ component: 'web-channel', channel: name });
  const createId = options.createId ?? randomUUID;
  const now = options.now ?? Date.now;
  const waiters = new Map<string, Waiter>();
  const feeds = new ReplyFeeds(checkedInteger('feedBufferSize', options.feedBufferSize ?? 64, 1));
  const inbox = new BoundedQueue<IncomingMessage>(inboxSize, 'reject', (unread) => {
    for (const message of unread) waiters.get(message.id)?.finish(err(stopped(`channel "${name}"`)));
  });
  let context: ChannelContext | undefined;

  /** Takes a request back: out of the inbox if the gateway has not read it yet, else from the gateway. */
  const withdraw = (requestId: string, reason: 'aborted' | 'timeout'): void => {
    if (!inbox.remove((message) => message.id === requestId)) context?.cancel(requestId, reason);
  };

  return {
    name,
    start(channelContext) {
      if (inbox.closed) return errAsync(stopped(`channel "${name}"`));
      if (context !== undefined) return errAsync(channelExists(name));
      context = channelContext;
      return okAsync(undefined);
    },
    incoming: () => inbox,
    send(message) {
      feeds.publish(message);
      const waiter = waiters.get(message.inReplyTo);
      if (waiter === undefined) return okAsync(undefined); // it timed out or was cancelled
      if (waiter.userId !== message.recipient.id) {
        logger.warn(
          { requestId: message.inReplyTo, recipient: message.recipient.id },
          'reply for another user ignored',
        );
      } else if (!message.final) {
        try {
          waiter.onPartial?.(message);
        } catch (error) {
          logger.error({ err: error, requestId: message.inReplyTo }, 'onPartial threw');
        }
      } else {
        waiter.finish(message.content.type === 'error' ? err(fromErrorBody(message.content.error)) : ok(message));
      }
      return okAsync(undefined);
    },
    stop() {
      inbox.close();
      for (const waiter of [...waiters.values()]) waiter.finish(err(stopped(`channel "${name}"`)));
      feeds.closeAll();
      return Promise.resolve();
    },
    request(request, requestOptions = {}) {
      const { signal, onPartial } = requestOptions;
      const id = request.id ?? createId();
      if (context === undefined || inbox.closed) return errAsync(stopped(`channel "${name}"`));
      if (waiters.has(id)) return errAsync(duplicateRequest(id));
      if (signal?.aborted === true) return errAsync(aborted(id));
      const parsed = parseIncomingMessage({
        ...request,
        id,
        channel: name,
        metadata: { ...request.metadata },
        receivedAt: new Date(now()).toISOString(),
      });
      if (parsed.isErr()) return errAsync(parsed.error);
      const timeoutMs =
        requestOptions.timeoutMs === undefined
          ? defaultTimeoutMs
          : checkedInteger('timeoutMs', requestOptions.timeoutMs, 1);
      const settled = deferred<Result<OutgoingMessage, GatewayError>>();
      const onAbort = (): void => {
        finish(err(aborted(id)));
        withdraw(id, 'aborted');
      };
      const timer = setTimeout(() => {
        finish(err(timedOut(id, timeoutMs)));
        withdraw(id, 'timeout');
      }, timeoutMs);
      const finish = (result: Result<OutgoingMessage, GatewayError>): void => {
        if (!waiters.delete(id)) return;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        settled.resolve(result);
      };
      waiters.set(id, { userId: request.sender.id, onPartial, finish });
      signal?.addEventListener('abort', onAbort, { once: true });
      if (!inbox.push(parsed.value)) finish(err(overloaded('channel', inboxSize)));
      return new ResultAsync(settled.promise);
    },
    subscribe: (userId, feedOptions) => feeds.open(userId, feedOptions),
    get pending() {
      return waiters.size;
    },
  };
}
