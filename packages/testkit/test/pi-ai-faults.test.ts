// Each fault mode, driven through the real pi-ai provider code of each protocol. The expected
// messages are what pi-ai 1.5.2 reports; Oxios' retries and watchdogs are built on them.
import { isRetryableAssistantError, retryAssistantCall } from '@earendil-works/pi-ai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlm, type FakeLlmProtocol } from '../src/index.js';
import { complete } from './support/complete.js';
import { createFakeModels, PROTOCOLS, type FakeModels } from './support/fake-models.js';

interface Expected {
  readonly httpError: (status: number, body: string) => string;
  readonly malformed: RegExp;
  readonly malformedRetryable: boolean;
  readonly stalledAbort: string;
  readonly timedOut: string;
  readonly errorEvent: string;
  readonly errorEventRetryable: boolean;
}

const expected: Record<FakeLlmProtocol, Expected> = {
  'anthropic-messages': {
    httpError: (status, body) => `${status} ${body}`,
    malformed: /^Could not parse Anthropic SSE event content_block_delta: Unterminated string in JSON/,
    malformedRetryable: true,
    stalledAbort: 'This operation was aborted',
    timedOut: 'Request timed out.',
    errorEvent: '{"type":"error","error":{"type":"overloaded_error","message":"boom"}}',
    errorEventRetryable: true,
  },
  'openai-completions': {
    httpError: (status, body) => `${status}: ${body}`,
    malformed: /^Error reading response: malformed server-sent event JSON\.$/,
    malformedRetryable: false,
    stalledAbort: 'Request was aborted',
    timedOut: 'Request timed out.: This operation was aborted (20)',
    errorEvent: 'boom',
    errorEventRetryable: false,
  },
  'openai-responses': {
    httpError: (status, body) => `OpenAI API error (${status}): ${body}`,
    malformed: /^Error reading response: malformed server-sent event JSON\.$/,
    malformedRetryable: false,
    // The abort is reported with this misleading message (stopReason is still "aborted").
    stalledAbort: 'OpenAI Responses stream ended before a terminal response event',
    timedOut: 'Request timed out.: This operation was aborted (20)',
    errorEvent: 'server_error: boom',
    errorEventRetryable: true,
  },
};

/** The error body as each SDK prints it inside the message. */
function errorBody(protocol: FakeLlmProtocol, status: number, message: string): string {
  const type = status === 429 ? 'rate_limit_error' : 'api_error';
  return protocol === 'anthropic-messages'
    ? JSON.stringify({ type: 'error', error: { type, message } })
    : JSON.stringify({ message, type, param: null, code: null });
}

let fake: FakeLlm;
let fakeModels: FakeModels;

beforeEach(async () => {
  fake = await startFakeLlm();
  fakeModels = createFakeModels(fake);
});
afterEach(async () => {
  await fake.close();
});

describe.each(PROTOCOLS)('faults over %s', (protocol) => {
  const want = expected[protocol];

  it('reports a 429 as an error without retrying by default', async () => {
    fake.push({ status: 429, retryAfter: 1, message: 'slow down' });
    const message = await complete(fakeModels, protocol);
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toBe(want.httpError(429, errorBody(protocol, 429, 'slow down')));
    expect(isRetryableAssistantError(message)).toBe(true);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.headers['retry-after']).toBeUndefined();
  });

  it('honours retry-after (seconds) when maxRetries allows a retry', async () => {
    fake.push({ status: 429, retryAfter: 1 }, { text: 'after the wait' });
    const started = performance.now();
    const message = await complete(fakeModels, protocol, { maxRetries: 1 });
    expect(message.stopReason).toBe('stop');
    expect(message.content).toMatchObject([{ type: 'text', text: 'after the wait' }]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.receivedAt - fake.requests[0]!.receivedAt).toBeGreaterThanOrEqual(900);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500 maxRetries times after retry-after-ms, then reports the last error', async () => {
    fake.push(
      { status: 500, retryAfterMs: 10 },
      { status: 500, retryAfterMs: 10 },
      { status: 500, message: 'still down' },
    );
    const message = await complete(fakeModels, protocol, { maxRetries: 2 });
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toBe(want.httpError(500, errorBody(protocol, 500, 'still down')));
    expect(fake.requests).toHaveLength(3);
  });

  it('fails loudly, without retries, when the script has run out', async () => {
    const message = await complete(fakeModels, protocol, { maxRetries: 2 });
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toContain('fake-llm: no reply scripted for request #0 (POST /v1/');
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps the partial text of a stream cut mid-way and never retries it', async () => {
    fake.push({ text: ['a', 'b', 'c'], fault: { kind: 'cut', afterChunks: 2 } }, { text: 'unused' });
    const message = await complete(fakeModels, protocol, { maxRetries: 2 });
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toBe('terminated: other side closed (UND_ERR_SOCKET)');
    expect(message.content).toMatchObject([{ type: 'text', text: 'ab' }]);
    expect(isRetryableAssistantError(message)).toBe(true);
    expect(fake.requests).toHaveLength(1);
    expect(fake.pending()).toBe(1);
  });

  it('does not retry a stream cut right after the headers either', async () => {
    fake.push({ text: 'never', fault: { kind: 'cut' } }, { text: 'unused' });
    const message = await complete(fakeModels, protocol, { maxRetries: 2 });
    expect(message.errorMessage).toBe('terminated: other side closed (UND_ERR_SOCKET)');
    expect(message.content).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('recovers from a cut stream with the turn-level retryAssistantCall', async () => {
    fake.push({ text: ['a', 'b'], fault: { kind: 'cut', afterChunks: 1 } }, { text: 'whole answer' });
    const policy = { enabled: true, maxRetries: 2, baseDelayMs: 10 };
    const message = await retryAssistantCall(() => complete(fakeModels, protocol), policy, undefined);
    expect(message.stopReason).toBe('stop');
    expect(message.content).toMatchObject([{ type: 'text', text: 'whole answer' }]);
    expect(fake.requests).toHaveLength(2);
  });

  it('reports a malformed JSON frame as an error after the text before it', async () => {
    fake.push({ text: ['a', 'b'], fault: { kind: 'malformed', afterChunks: 1 } });
    const message = await complete(fakeModels, protocol);
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toMatch(want.malformed);
    expect(message.content).toMatchObject([{ type: 'text', text: 'a' }]);
    expect(isRetryableAssistantError(message)).toBe(want.malformedRetryable);
  });

  it('reports the in-stream error event', async () => {
    fake.push({ text: 'a', fault: { kind: 'error-event', afterChunks: 1, message: 'boom' } });
    const message = await complete(fakeModels, protocol);
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toBe(want.errorEvent);
    expect(isRetryableAssistantError(message)).toBe(want.errorEventRetryable);
  });

  it('never times out a body that stalls after the headers: only an abort ends it', async () => {
    fake.push({ text: ['a', 'b'], fault: { kind: 'stall', afterChunks: 1 } });
    const started = performance.now();
    const message = await complete(fakeModels, protocol, { timeoutMs: 200, signal: AbortSignal.timeout(700) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(650);
    expect(message.stopReason).toBe('aborted');
    expect(message.errorMessage).toBe(want.stalledAbort);
    expect(message.content).toMatchObject([{ type: 'text', text: 'a' }]);
  });

  it('times out when the headers come later than timeoutMs', async () => {
    fake.push({ text: 'late', delayMs: 5_000 });
    const message = await complete(fakeModels, protocol, { timeoutMs: 200 });
    expect(message.stopReason).toBe('error');
    expect(message.errorMessage).toBe(want.timedOut);
    expect(isRetryableAssistantError(message)).toBe(true);
  });

  it('retries a connection reset before the headers like a network error', async () => {
    fake.push({ fault: { kind: 'reset' } }, { fault: { kind: 'reset' } }, { text: 'reconnected' });
    const failed = await complete(fakeModels, protocol);
    expect(failed.stopReason).toBe('error');
    expect(failed.errorMessage).toBe('Connection error.: other side closed (UND_ERR_SOCKET)');
    const recovered = await complete(fakeModels, protocol, { maxRetries: 1 });
    expect(recovered.stopReason).toBe('stop');
    expect(fake.requests).toHaveLength(3);
  });
});
