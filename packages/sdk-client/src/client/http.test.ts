import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callApi } from './http.js';

let server: Server | undefined;
async function serve(status: number, body: string, headers: Record<string, string> = {}, delayMs = 0): Promise<string> {
  server = createServer((_request, response) => {
    setTimeout(() => response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body), delayMs);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const Answer = z.object({ value: z.number() });

describe('callApi', () => {
  it('validates a success body against the schema', async () => {
    const baseUrl = await serve(200, '{"value":3}');
    expect((await callApi({ baseUrl }, { method: 'GET', path: '/x', response: Answer }))._unsafeUnwrap()).toEqual({
      value: 3,
    });
  });

  it('maps the standard error body and Retry-After to a typed http error', async () => {
    const baseUrl = await serve(429, '{"error":{"code":"rate-limited","message":"slow down","details":{"n":1}}}', {
      'retry-after': '7',
    });
    const error = (await callApi({ baseUrl }, { method: 'GET', path: '/x', response: Answer }))._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'http',
      status: 429,
      errorCode: 'rate-limited',
      message: 'slow down',
      details: { n: 1 },
      retryAfterSeconds: 7,
    });
  });

  it('reports an answer that does not match the contract as invalid-response', async () => {
    const baseUrl = await serve(200, '{"value":"three"}');
    expect(
      (await callApi({ baseUrl }, { method: 'GET', path: '/x', response: Answer }))._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'invalid-response', status: 200 });
  });

  it('times out with a typed error and reports an unreachable server as network', async () => {
    const baseUrl = await serve(200, '{"value":1}', {}, 500);
    expect(
      (await callApi({ baseUrl, timeoutMs: 50 }, { method: 'GET', path: '/x', response: Answer }))._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'timeout', timeoutMs: 50 });
    expect(
      (
        await callApi({ baseUrl: 'http://127.0.0.1:9' }, { method: 'GET', path: '/x', response: Answer })
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'network' });
  });

  it('sends the bearer token and a JSON body', async () => {
    let seen: { authorization: string | undefined; type: string | undefined; body: string } = {
      authorization: undefined,
      type: undefined,
      body: '',
    };
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen = { authorization: request.headers.authorization, type: request.headers['content-type'], body };
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"value":1}');
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await callApi({ baseUrl, token: 'oxs_t' }, { method: 'POST', path: '/x', body: { a: 1 }, response: Answer });
    expect(seen).toEqual({ authorization: 'Bearer oxs_t', type: 'application/json', body: '{"a":1}' });
  });
});
