import { describe, expect, it } from 'vitest';
import { parseIncomingMessage } from './parse-incoming-message.js';

const valid = {
  id: 'r1',
  channel: 'web',
  sessionId: 's1',
  sender: { id: 'alice' },
  text: 'hello',
  receivedAt: '2026-05-06T11:39:19.123456Z',
};

describe('parseIncomingMessage', () => {
  it('accepts a valid message and defaults metadata to {}', () => {
    expect(parseIncomingMessage(valid)._unsafeUnwrap()).toEqual({ ...valid, metadata: {} });
  });

  it('accepts RFC 3339 timestamps with an offset', () => {
    expect(parseIncomingMessage({ ...valid, receivedAt: '2026-05-06T11:39:19+00:00' }).isOk()).toBe(true);
  });

  it('names the path of every invalid field', () => {
    const result = parseIncomingMessage({ ...valid, channel: 'Web Chat', sender: { id: '' }, metadata: { n: 1 } });
    const error = result._unsafeUnwrapErr();
    expect(error.code).toBe('invalid-message');
    expect(error.issues.map((issue) => issue.path)).toEqual(['channel', 'sender.id', 'metadata.n']);
    expect(error.message).toMatch(/^invalid message: channel: expected lowercase/);
  });

  it('rejects a message that is not an object', () => {
    expect(parseIncomingMessage('hello')._unsafeUnwrapErr().issues).toHaveLength(1);
  });
});
