import { describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlm } from './start-fake-llm.js';

const chatBody = (content: string) =>
  JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content }] });

function postChat(fake: FakeLlm, content = 'hi', signal?: AbortSignal): Promise<Response> {
  return fetch(`${fake.openaiBaseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chatBody(content),
    ...(signal === undefined ? {} : { signal }),
  });
}

describe('startFakeLlm', () => {
  it('answers an unscripted request with a 500 that says the script ran out and must not be retried', async () => {
    await using fake = await startFakeLlm();
    const response = await postChat(fake);
    expect(response.status).toBe(500);
    expect(response.headers.get('x-should-retry')).toBe('false');
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      'fake-llm: no reply scripted for request #0 (POST /v1/chat/completions); push() a reply, set a responder or a fallback',
    );
  });

  it('answers from the queue first, then the responder, then the fallback', async () => {
    await using fake = await startFakeLlm({
      replies: [{ status: 418 }],
      responder: (request) => (request.lastUserText === 'ask responder' ? { status: 402 } : undefined),
      fallback: { status: 503 },
    });
    expect((await postChat(fake, 'ask responder')).status).toBe(418);
    expect((await postChat(fake, 'ask responder')).status).toBe(402);
    expect((await postChat(fake, 'anything else')).status).toBe(503);
    fake.push({ status: 409 });
    expect(fake.pending()).toBe(1);
    expect((await postChat(fake)).status).toBe(409);
    expect(fake.requests.map((request) => request.index)).toEqual([0, 1, 2, 3]);
  });

  it('turns a throwing responder into a 500 naming the error', async () => {
    await using fake = await startFakeLlm({
      responder: () => {
        throw new Error('bad test responder');
      },
    });
    const response = await postChat(fake);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('the responder threw for request #0: Error: bad test responder');
  });

  it('sends retry-after, retry-after-ms and extra headers on an HTTP error', async () => {
    await using fake = await startFakeLlm({
      replies: [{ status: 429, retryAfter: 2, retryAfterMs: 1500, headers: { 'x-request-id': 'r1' } }],
    });
    const response = await postChat(fake);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('retry-after-ms')).toBe('1500');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.json()).toEqual({
      error: { message: 'fake-llm: scripted 429 Too Many Requests', type: 'rate_limit_error', param: null, code: null },
    });
  });

  it('refuses unknown paths, non-JSON bodies and non-streaming requests', async () => {
    await using fake = await startFakeLlm({ fallback: { text: 'never sent' } });
    expect((await fetch(`${fake.baseUrl}/v1/models`)).status).toBe(404);
    const notJson = await fetch(`${fake.baseUrl}/v1/messages`, { method: 'POST', body: 'hello' });
    expect(notJson.status).toBe(400);
    const blocking = await fetch(`${fake.baseUrl}/v1/responses`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', input: 'hi' }),
    });
    expect(blocking.status).toBe(400);
    expect(await blocking.text()).toContain('only streaming requests');
    expect(fake.requests).toHaveLength(1);
  });

  it('ends a stalled stream and drops every connection on close', async () => {
    const fake = await startFakeLlm({ replies: [{ text: 'x', fault: { kind: 'stall' } }] });
    const response = await postChat(fake);
    expect(response.status).toBe(200);
    const body = response.text();
    expect(fake.openConnections()).toBe(1);
    await fake.close();
    await expect(body).rejects.toThrow();
    expect(fake.openConnections()).toBe(0);
  });

  it('lets waitForRequests wait for arrivals and time out loudly', async () => {
    await using fake = await startFakeLlm({ fallback: { text: 'ok', delayMs: 50 } });
    const arrived = fake.waitForRequests(2);
    await Promise.all([postChat(fake, 'one'), postChat(fake, 'two')]);
    expect((await arrived).map((request) => request.lastUserText).sort()).toEqual(['one', 'two']);
    await expect(fake.waitForRequests(3, 50)).rejects.toThrow('fake-llm: 2 of 3 requests arrived within 50 ms');
  });

  it('serves the request log and takes validated replies on its control endpoints', async () => {
    await using fake = await startFakeLlm();
    const pushed = await fetch(`${fake.baseUrl}/__fake-llm/replies`, {
      method: 'POST',
      body: JSON.stringify([{ status: 418 }]),
    });
    expect(await pushed.json()).toEqual({ pending: 1 });
    const rejected = await fetch(`${fake.baseUrl}/__fake-llm/replies`, {
      method: 'POST',
      body: JSON.stringify({ text: 'x', colour: 'red' }),
    });
    expect(rejected.status).toBe(400);
    expect(fake.pending()).toBe(1);
    expect((await postChat(fake, 'logged')).status).toBe(418);
    const log = (await (await fetch(`${fake.baseUrl}/__fake-llm/requests`)).json()) as {
      requests: { lastUserText: string }[];
    };
    expect(log.requests.map((request) => request.lastUserText)).toEqual(['logged']);
  });
});
