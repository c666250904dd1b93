import { err, ok, type Result } from 'neverthrow';
import type { GatewayError } from '../errors/gateway-error.js';
import { deferred } from '../internal/deferred.js';
import type { OutgoingMessage } from '../messages/outgoing-message.js';
import type { ReplySink } from './job.js';

/**
 * A sink for `Gateway.request`: partials go to `onPartial`, and `settled` resolves with the final
 * reply or the error that ended the request.
 */
export function requestSink(onPartial: ((partial: OutgoingMessage) => void) | undefined): {
  readonly sink: ReplySink;
  readonly settled: Promise<Result<OutgoingMessage, GatewayError>>;
} {
  const settled = deferred<Result<OutgoingMessage, GatewayError>>();
  const sink: ReplySink = {
    deliver(message) {
      if (message.final) settled.resolve(ok(message));
      else onPartial?.(message);
    },
    fail(error) {
      settled.resolve(err(error));
    },
  };
  return { sink, settled: settled.promise };
}
