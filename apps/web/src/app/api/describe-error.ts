import type { ClientError } from '@oxios/sdk-client';

/** A sentence for people about a failed call: the server's own message when it sent one. */
export function describeError(error: ClientError): string {
  switch (error.code) {
    case 'http':
      if (error.status === 429) {
        const wait = error.retryAfterSeconds === undefined ? '' : ` Try again in ${error.retryAfterSeconds} s.`;
        return `Too many requests: ${error.message}.${wait}`;
      }
      return error.message;
    case 'network':
      return 'The Oxios server cannot be reached. Is it running?';
    case 'timeout':
      return `The server did not answer within ${Math.round(error.timeoutMs / 1000)} s.`;
    case 'aborted':
      return 'The request was cancelled.';
    case 'invalid-response':
      return `The server sent an answer this dashboard does not understand (${error.message}).`;
  }
}
