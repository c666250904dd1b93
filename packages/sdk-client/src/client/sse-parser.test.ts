import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser.js';

describe('createSseParser', () => {
  it('parses events split across chunks, with ids, types, multi-line data and retry', () => {
    const parse = createSseParser();
    expect(parse('id: 7\nevent: phase-changed\ndata: {"a":')).toEqual([]);
    expect(parse('1}\ndata: second line\nretry: 2500\n\n')).toEqual([
      { id: '7', event: 'phase-changed', data: '{"a":1}\nsecond line', retry: 2500 },
    ]);
  });

  it('skips comments (heartbeats) and defaults the event type to message, keeping the last id', () => {
    const parse = createSseParser();
    expect(parse(': heartbeat\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
    expect(parse('id: 9\n\ndata: y\n\n')).toEqual([{ event: 'message', data: 'y', id: '9' }]);
  });

  it('accepts CRLF and CR line endings, including CRLF split between chunks', () => {
    const parse = createSseParser();
    expect(parse('data: a\r')).toEqual([]);
    expect(parse('\n\r\ndata: b\r\r\n')).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: 'b' },
    ]);
  });

  it('ignores an id containing NUL and a non-numeric retry', () => {
    const parse = createSseParser();
    expect(parse('id: a\u0000b\nretry: soon\ndata: z\n\n')).toEqual([{ event: 'message', data: 'z' }]);
  });
});
