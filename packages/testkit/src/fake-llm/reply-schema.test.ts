import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type FakeLlmReplySchema, parseFakeLlmReplies, parseFakeLlmScript } from './reply-schema.js';
import type { FakeLlmReply } from './types.js';

describe('parseFakeLlmScript', () => {
  it('accepts a bare array of replies', () => {
    expect(parseFakeLlmScript([{ text: 'hi' }, { status: 429, retryAfter: 1 }])).toEqual({
      ok: true,
      script: { replies: [{ text: 'hi' }, { status: 429, retryAfter: 1 }], fallback: undefined },
    });
  });

  it('accepts replies with a fallback and every fault kind', () => {
    const replies: FakeLlmReply[] = [
      { text: ['a', 'b'], fault: { kind: 'cut', afterChunks: 1 } },
      { fault: { kind: 'malformed' } },
      { fault: { kind: 'stall', afterChunks: 2 } },
      { fault: { kind: 'error-event', message: 'boom' } },
      { fault: { kind: 'reset' } },
      {
        toolCalls: [{ name: 'x', arguments: { a: 1 }, id: 'c1' }],
        usage: { input: 1, output: 2 },
        stopReason: 'toolUse',
      },
    ];
    const parsed = parseFakeLlmScript({ replies, fallback: { status: 500 } });
    expect(parsed).toEqual({ ok: true, script: { replies, fallback: { status: 500 } } });
  });

  it('rejects unknown keys and bad values with their paths', () => {
    const parsed = parseFakeLlmScript({ replies: [{ text: 'x', colour: 'red' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('replies[0]');
    const badStatus = parseFakeLlmReplies({ status: 200 });
    expect(badStatus.ok).toBe(false);
  });

  it('accepts everything the FakeLlmReply type allows', () => {
    expectTypeOf<FakeLlmReply>().toExtend<z.input<typeof FakeLlmReplySchema>>();
  });
});
