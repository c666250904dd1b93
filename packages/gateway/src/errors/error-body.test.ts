import { describe, expect, it } from 'vitest';
import {
  aborted,
  channelExists,
  channelFailed,
  channelNotFound,
  duplicateRequest,
  handlerFailed,
  invalidMessage,
  overloaded,
  stopped,
  timedOut,
} from './constructors.js';
import { ErrorBodySchema, fromErrorBody, toErrorBody } from './error-body.js';
import type { GatewayError, GatewayErrorCode } from './gateway-error.js';
import { GATEWAY_ERROR_CODES } from './is-gateway-error.js';

// One example of every code; the `satisfies` makes a new code without an example a compile error.
const EXAMPLES = {
  overloaded: overloaded('session', 16, 's1'),
  timeout: timedOut('r1', 500),
  aborted: aborted('r1'),
  stopped: stopped(),
  'channel-not-found': channelNotFound('irc'),
  'channel-exists': channelExists('web'),
  'channel-failed': channelFailed('web', 'send'),
  'handler-failed': handlerFailed('r1', { code: 'not-found', message: 'program "x" not found' }),
  'invalid-message': invalidMessage([{ path: 'sender.id', message: 'Too small' }]),
  'duplicate-request': duplicateRequest('r1'),
} satisfies { [Code in GatewayErrorCode]: Extract<GatewayError, { code: Code }> };

describe('error bodies', () => {
  it.each(GATEWAY_ERROR_CODES)('round-trips %s through its wire form unchanged', (code) => {
    const error = EXAMPLES[code];
    const body = ErrorBodySchema.parse(JSON.parse(JSON.stringify(toErrorBody(error))));
    expect(fromErrorBody(body)).toEqual(error);
  });

  it('keeps a wrapped foreign error out of the wire form', () => {
    const body = toErrorBody(channelFailed('web', 'send', new Error('socket hang up at 10.0.0.3')));
    expect(body).toEqual({
      code: 'channel-failed',
      message: 'channel "web" failed to send: socket hang up at 10.0.0.3',
      details: { channel: 'web', operation: 'send' },
    });
  });

  it('keeps only code and message of a handler error', () => {
    const cause = { code: 'io', message: 'cannot read /x', cause: new Error('EACCES'), path: '/x' };
    expect(toErrorBody(handlerFailed('r1', cause)).details).toEqual({
      requestId: 'r1',
      cause: { code: 'io', message: 'cannot read /x' },
    });
  });

  it('rejects bodies with unknown codes', () => {
    expect(ErrorBodySchema.safeParse({ code: 'teapot', message: 'x' }).success).toBe(false);
  });
});
