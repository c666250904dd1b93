import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hang, scriptedContext } from '../../test/engine.js';
import { jsonText, jsonValue } from '../testing/scripted-port.js';
import { completeStructured } from './complete-structured.js';

const schema = z.strictObject({ answer: z.number().int() });
const call = (signal?: AbortSignal) => ({
  operation: 'wonder' as const,
  system: 'system text',
  messages: [{ role: 'user' as const, content: 'What is six times seven?' }],
  temperature: 0.7,
  schemaName: 'answer',
  schema,
  accept: (value: z.output<typeof schema>): Result<number, readonly string[]> => ok(value.answer),
  signal,
});

describe('completeStructured', () => {
  it('returns a valid JSON-mode reply and sends the schema with the request', async () => {
    const { port, context } = scriptedContext([{ kind: 'text', text: ' {"answer": 42} ' }]);
    expect((await completeStructured(context, call()))._unsafeUnwrap()).toBe(42);
    expect(port.requests).toHaveLength(1);
    const request = port.requests[0]!;
    expect(request).toMatchObject({
      operation: 'wonder',
      system: 'system text',
      temperature: 0.7,
      schemaName: 'answer',
    });
    expect(request.jsonSchema).toMatchObject({
      type: 'object',
      properties: { answer: { type: 'integer' } },
      additionalProperties: false,
    });
    expect(request.signal).toBeInstanceOf(AbortSignal);
  });

  it('accepts a tool-call reply that is already parsed, and one fenced ```json block', async () => {
    const { context } = scriptedContext([
      jsonValue({ answer: 1 }),
      { kind: 'text', text: '```json\n{"answer": 2}\n```' },
    ]);
    expect((await completeStructured(context, call()))._unsafeUnwrap()).toBe(1);
    expect((await completeStructured(context, call()))._unsafeUnwrap()).toBe(2);
  });

  it('repairs invalid JSON once, sending the reply and the error back', async () => {
    const { port, context } = scriptedContext([{ kind: 'text', text: 'Sure! {answer: 42' }, jsonText({ answer: 42 })]);
    expect((await completeStructured(context, call()))._unsafeUnwrap()).toBe(42);
    expect(port.requests).toHaveLength(2);
    const retry = port.requests[1]!.messages;
    expect(retry.slice(0, 2)).toEqual([
      { role: 'user', content: 'What is six times seven?' },
      { role: 'assistant', content: 'Sure! {answer: 42' },
    ]);
    expect(retry[2]?.role).toBe('user');
    expect(retry[2]?.content).toMatch(/^Your reply is not valid for "answer":\n- reply is not valid JSON: /);
  });

  it('repairs a schema violation once, naming the path', async () => {
    const { port, context } = scriptedContext([jsonValue({ answer: 'forty-two' }), jsonValue({ answer: 42 })]);
    expect((await completeStructured(context, call()))._unsafeUnwrap()).toBe(42);
    expect(port.requests[1]?.messages[1]).toEqual({ role: 'assistant', content: '{"answer":"forty-two"}' });
    expect(port.requests[1]?.messages[2]?.content).toContain('- answer: ');
  });

  it('fails with llm-reply-invalid after the second invalid reply, without a third call or a fallback', async () => {
    const { port, context } = scriptedContext([
      jsonText({ wrong: 1 }),
      { kind: 'text', text: 'nope' },
      jsonText({ answer: 42 }),
    ]);
    const error = (await completeStructured(context, call()))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'llm-reply-invalid', operation: 'wonder', schemaName: 'answer', attempts: 2 });
    if (error.code !== 'llm-reply-invalid') return;
    expect(error.issues[0]).toMatch(/^reply is not valid JSON/);
    expect(port.requests).toHaveLength(2);
    expect(port.pending).toBe(1);
  });

  it('turns a port failure into llm-failed with the cause, without retrying', async () => {
    const failure = { message: 'HTTP 529 overloaded', cause: { status: 529 } };
    const { port, context } = scriptedContext([{ fail: failure }, jsonText({ answer: 42 })]);
    expect((await completeStructured(context, call()))._unsafeUnwrapErr()).toEqual({
      code: 'llm-failed',
      operation: 'wonder',
      cause: failure,
      message: 'wonder: LLM call failed: HTTP 529 overloaded',
    });
    expect(port.requests).toHaveLength(1);
  });

  it('wraps a port that throws instead of returning a failure', async () => {
    const { context } = scriptedContext([
      () => {
        throw new Error('adapter bug');
      },
    ]);
    expect((await completeStructured(context, call()))._unsafeUnwrapErr()).toMatchObject({
      code: 'llm-failed',
      cause: { message: 'adapter bug' },
    });
  });

  it('does not call the port when already aborted', async () => {
    const { port, context } = scriptedContext([jsonText({ answer: 42 })]);
    expect((await completeStructured(context, call(AbortSignal.abort())))._unsafeUnwrapErr()).toEqual({
      code: 'aborted',
      operation: 'wonder',
      message: 'wonder was aborted',
    });
    expect(port.requests).toHaveLength(0);
  });

  it('returns aborted promptly when cancelled while the port hangs, and aborts the port too', async () => {
    const { port, context } = scriptedContext([hang]);
    const controller = new AbortController();
    const pending = completeStructured(context, call(controller.signal));
    setTimeout(() => {
      controller.abort();
    }, 20);
    expect((await pending)._unsafeUnwrapErr().code).toBe('aborted');
    expect(port.requests[0]?.signal.aborted).toBe(true);
  });

  it('returns timeout when the port does not answer in time', async () => {
    const { context } = scriptedContext([hang], 30);
    expect((await completeStructured(context, call()))._unsafeUnwrapErr()).toEqual({
      code: 'timeout',
      operation: 'wonder',
      timeoutMs: 30,
      message: 'wonder timed out after 30 ms',
    });
  });

  it('sends issues found by accept back for repair', async () => {
    const { port, context } = scriptedContext([jsonText({ answer: 7 }), jsonText({ answer: 8 })]);
    const even = (value: { answer: number }): Result<number, readonly string[]> =>
      value.answer % 2 === 0 ? ok(value.answer) : err(['answer: must be even']);
    const strict = { ...call(), accept: even };
    expect((await completeStructured(context, strict))._unsafeUnwrap()).toBe(8);
    expect(port.requests[1]?.messages[2]?.content).toContain('- answer: must be even');
  });
});
