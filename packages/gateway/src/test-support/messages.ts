// Test support (not exported): builders for messages.
import type { IncomingMessage } from '../messages/incoming-message.js';

let counter = 0;

/** An IncomingMessage with a fresh id; override any field. */
export function incoming(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  counter += 1;
  return {
    id: `req-${counter}`,
    channel: 'test',
    sessionId: 'session-1',
    sender: { id: 'alice' },
    text: `message ${counter}`,
    metadata: {},
    receivedAt: '2026-05-06T11:39:19.123Z',
    ...overrides,
  };
}
