// Each fault mode of the fake LLM servers, through the real pi-ai provider code of each protocol,
// ends in a typed error or a successful retry — within bounded time.
import { startFakeLlm, type FakeLlm, type FakeLlmProtocol } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLlmEngine, type KernelError, type LlmEngine, type LlmEvent } from '../src/index.js';
import { FAKE_ENV, FAKE_KEY, fakeLlmSection, MODEL_BY_PROTOCOL, PROTOCOLS } from './support/llm-fixtures.js';

let fake: FakeLlm;
let events: LlmEvent[];

beforeEach(async () => {
  fake = await startFakeLlm();
  events = [];
});
afterEach(async () => {
  await fake.close();
});

function engineFor(overrides: Parameters<typeof fakeLlmSection>[1] = {}): LlmEngine {
  return createLlmEngine({
    config: fakeLlmSection(fake, overrides),
    env: FAKE_ENV,
    publish: (event) => events.push(event),
  });
}

async function ask(engine: LlmEngine, protocol: FakeLlmProtocol, signal?: AbortSignal) {
  const started = performance.now();
  const result = await engine.complete({
    model: MODEL_BY_PROTOCOL[protocol],
    messages: [{ role: 'user', content: 'hi' }],
    signal,
  });
  return { result, ms: performance.now() - started };
}

function text(result: Awaited<ReturnType<typeof ask>>['result']): string {
  return result
    ._unsafeUnwrap()
    .content.map((block) => (block.type === 'text' ? block.text : ''))
    .join('');
}

/** Non-retryable stream failures per protocol (pi-ai's isRetryableAssistantError). */
const MALFORMED_RETRIED: Record<FakeLlmProtocol, boolean> = {
  'anthropic-messages': true,
  'openai-completions': false,
  'openai-responses': false,
};
const ERROR_EVENT_RETRIED: Record<FakeLlmProtocol, boolean> = {
  'anthropic-messages': true,
  'openai-completions': false,
  'openai-responses': true,
};

describe.each(PROTOCOLS)('the engine over %s', (protocol) => {
  it('retries a 429, honouring retry-after, and succeeds', async () => {
    fake.push({ status: 429, retryAfterMs: 300, message: 'slow down' }, { text: 'Hello' });
    const { result, ms } = await ask(engineFor(), protocol);
    expect(text(result)).toBe('Hello');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.receivedAt - fake.requests[0]!.receivedAt).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(3_000);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'llm-retry-scheduled', attempt: 1, code: 'rate-limited' }),
    );
  });

  it('ends persistent 429s in rate-limited with the requested wait', async () => {
    fake.push(...Array.from({ length: 3 }, () => ({ status: 429, retryAfterMs: 50 })));
    const { result } = await ask(engineFor(), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'rate-limited', retryAfterMs: 50 });
    expect(fake.requests).toHaveLength(3);
  });

  it('fails at once when retry-after exceeds the cap, without waiting', async () => {
    fake.push({ status: 429, retryAfter: 120 });
    const { result, ms } = await ask(engineFor(), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'rate-limited', retryAfterMs: 120_000 });
    expect(fake.requests).toHaveLength(1);
    expect(ms).toBeLessThan(5_000); // nowhere near the 120 s asked for
  });

  it('retries 500s with backoff and reports the last one as a retryable llm error', async () => {
    fake.push({ status: 500 }, { status: 503 }, { status: 500, message: 'still down' });
    const { result, ms } = await ask(engineFor(), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', status: 500, retryable: true });
    expect(fake.requests).toHaveLength(3);
    expect(ms).toBeLessThan(5_000);
  });

  it('does not retry a 400', async () => {
    fake.push({ status: 400, message: 'bad request' }, { text: 'never' });
    const { result } = await ask(engineFor(), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', status: 400, retryable: false });
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a stream cut mid-reply and replaces the partial text', async () => {
    fake.push({ text: ['par', 'tial', 'more'], fault: { kind: 'cut', afterChunks: 2 } }, { text: 'Whole reply' });
    const { result } = await ask(engineFor(), protocol);
    expect(text(result)).toBe('Whole reply');
    expect(events).toContainEqual(expect.objectContaining({ type: 'llm-retry-scheduled', discardPartial: true }));
  });

  it('ends a connection reset before headers in a successful retry', async () => {
    fake.push({ fault: { kind: 'reset' } }, { text: 'after reset' });
    const { result } = await ask(engineFor(), protocol);
    expect(text(result)).toBe('after reset');
  });

  it('handles a malformed frame as the protocol classifies it', async () => {
    fake.push({ text: ['a', 'b'], fault: { kind: 'malformed', afterChunks: 1 } }, { text: 'fixed' });
    const { result } = await ask(engineFor(), protocol);
    if (MALFORMED_RETRIED[protocol]) {
      expect(text(result)).toBe('fixed');
    } else {
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', retryable: false });
      expect(fake.requests).toHaveLength(1);
    }
  });

  it('handles an in-stream error event as the protocol classifies it', async () => {
    fake.push({ text: 'x', fault: { kind: 'error-event', message: 'boom' } }, { text: 'recovered' });
    const { result } = await ask(engineFor(), protocol);
    if (ERROR_EVENT_RETRIED[protocol]) {
      expect(text(result)).toBe('recovered');
    } else {
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', retryable: false });
    }
  });

  it('ends a stream that stalls forever in llm-timeout (idle) after bounded retries', async () => {
    fake.push(
      ...Array.from({ length: 3 }, () => ({ text: ['a', 'b'], fault: { kind: 'stall' as const, afterChunks: 1 } })),
    );
    const { result, ms } = await ask(engineFor({ max_retries: 2, idle_timeout_secs: 0.3 }), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm-timeout', phase: 'idle', timeoutMs: 300 });
    expect(fake.requests).toHaveLength(3);
    expect(ms).toBeLessThan(5_000);
  });

  it('treats missing response headers like a stall and succeeds on retry', async () => {
    fake.push({ text: 'late', delayMs: 5_000 }, { text: 'on time' });
    const { result, ms } = await ask(engineFor({ idle_timeout_secs: 0.3 }), protocol);
    expect(text(result)).toBe('on time');
    expect(ms).toBeLessThan(4_000);
  });

  it('bounds a request by its total timeout, retries included', async () => {
    fake.setResponder(() => ({ text: ['a'], fault: { kind: 'stall', afterChunks: 1 } }));
    const { result, ms } = await ask(
      engineFor({ max_retries: 20, idle_timeout_secs: 0.2, request_timeout_secs: 1 }),
      protocol,
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm-timeout', phase: 'total', timeoutMs: 1_000 });
    expect(ms).toBeLessThan(4_000);
  });

  it('reports a refusal as a non-retryable llm error', async () => {
    const raw = protocol === 'anthropic-messages' ? 'refusal' : 'content_filter';
    fake.push({ text: 'no', rawStopReason: raw });
    const { result } = await ask(engineFor(), protocol);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', retryable: false });
    expect(fake.requests).toHaveLength(1);
  });

  it('ends in aborted when the caller aborts a stalled request', async () => {
    fake.push({ text: ['a'], fault: { kind: 'stall', afterChunks: 1 } });
    const { result, ms } = await ask(engineFor({ idle_timeout_secs: 30 }), protocol, AbortSignal.timeout(300));
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
    expect(ms).toBeLessThan(3_000);
  });
});

describe('the circuit breaker', () => {
  it('opens after consecutive failures and then fails fast without a request', async () => {
    const engine = engineFor({ max_retries: 1, breaker_failure_threshold: 2, breaker_cooldown_secs: 60 });
    fake.push({ status: 500 }, { status: 500 });
    const first = await ask(engine, 'anthropic-messages');
    expect(first.result._unsafeUnwrapErr()).toMatchObject({ code: 'llm', status: 500 });
    const second = await ask(engine, 'anthropic-messages');
    const error = second.result._unsafeUnwrapErr() as Extract<KernelError, { code: 'circuit-open' }>;
    expect(error).toMatchObject({ code: 'circuit-open', provider: 'fake-anthropic' });
    expect(error.retryAfterMs).toBeGreaterThan(59_000);
    expect(fake.requests).toHaveLength(2);
    expect(engine.circuitState('fake-anthropic')).toBe('open');
    expect(engine.circuitState('fake-openai')).toBe('closed');
    expect(events).toContainEqual({ type: 'llm-circuit-changed', provider: 'fake-anthropic', state: 'open' });
  });

  it('closes again after a successful trial request once cooled down', async () => {
    let now = 1_000;
    const engine = createLlmEngine({
      config: fakeLlmSection(fake, { max_retries: 0, breaker_failure_threshold: 1, breaker_cooldown_secs: 5 }),
      env: FAKE_ENV,
      now: () => now,
    });
    fake.push({ status: 502 }, { text: 'back' });
    await ask(engine, 'openai-completions');
    expect(engine.circuitState('fake-chat')).toBe('open');
    now += 5_000;
    const { result } = await ask(engine, 'openai-completions');
    expect(text(result)).toBe('back');
    expect(engine.circuitState('fake-chat')).toBe('closed');
  });
});

describe('keys', () => {
  it('gives llm-not-configured naming the variable, and sends no request, when the key is missing', async () => {
    const engine = createLlmEngine({ config: fakeLlmSection(fake), env: {} });
    const { result } = await ask(engine, 'anthropic-messages');
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-not-configured', provider: 'fake-anthropic', envVar: 'FAKE_LLM_KEY' });
    expect(error.message).toContain('Set FAKE_LLM_KEY in the environment');
    expect(fake.requests).toHaveLength(0);
  });

  it('sends the key from the environment and never puts it in an error', async () => {
    fake.push({ status: 401, message: `invalid key ${FAKE_KEY}` });
    const { result } = await ask(engineFor(), 'anthropic-messages');
    expect(fake.requests[0]!.headers['x-api-key']).toBe(FAKE_KEY);
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm', status: 401 });
    expect(error.message).not.toContain(FAKE_KEY);
    expect(error.message).toContain('[redacted]');
  });

  it('sends a placeholder key to a keyless OpenAI-compatible server', async () => {
    fake.push({ text: 'ok' });
    const { result } = await ask(engineFor(), 'openai-completions');
    expect(text(result)).toBe('ok');
    expect(fake.requests[0]!.headers['authorization']).toBe('Bearer unused');
  });
});
