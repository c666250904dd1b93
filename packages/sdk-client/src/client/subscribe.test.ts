import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientError } from './client-error.js';
import { subscribe } from './subscribe.js';

let server: Server | undefined;
async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('subscribe', () => {
  it('reconnects after a drop and resumes with Last-Event-ID', async () => {
    const seenLastIds: (string | undefined)[] = [];
    let connection = 0;
    const baseUrl = await serve((request, response) => {
      seenLastIds.push(request.headers['last-event-id'] as string | undefined);
      connection += 1;
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      if (connection === 1) {
        // Flush both events, then drop the connection mid-stream.
        response.write('retry: 10\nid: 1\ndata: one\n\nid: 2\ndata: two\n\n', () =>
          setTimeout(() => response.destroy(), 20),
        );
      } else {
        response.end('id: 3\ndata: three\n\n');
      }
    });
    const controller = new AbortController();
    const data: string[] = [];
    const errors: ClientError[] = [];
    for await (const event of subscribe(
      { baseUrl, token: 't' },
      { signal: controller.signal, onError: (error) => errors.push(error) },
    )) {
      data.push(event.data);
      if (data.length === 3) controller.abort();
    }
    expect(data).toEqual(['one', 'two', 'three']);
    expect(seenLastIds).toEqual([undefined, '2']);
  });

  it('stops on an authentication failure instead of retrying forever', async () => {
    let requests = 0;
    const baseUrl = await serve((_request, response) => {
      requests += 1;
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"error":{"code":"unauthenticated","message":"no"}}');
    });
    const errors: ClientError[] = [];
    const events = [];
    for await (const event of subscribe({ baseUrl }, { reconnectDelayMs: 5, onError: (error) => errors.push(error) }))
      events.push(event);
    expect(events).toEqual([]);
    expect(requests).toBe(1);
    expect(errors[0]).toMatchObject({ code: 'http', status: 401 });
  });

  it('gives up after maxReconnects when the server is unreachable', async () => {
    const errors: ClientError[] = [];
    const events = [];
    for await (const event of subscribe(
      { baseUrl: 'http://127.0.0.1:9' },
      { reconnectDelayMs: 5, maxReconnects: 2, onError: (error) => errors.push(error) },
    ))
      events.push(event);
    expect(events).toEqual([]);
    expect(errors).toHaveLength(3);
    expect(errors.every((error) => error.code === 'network')).toBe(true);
  });
});

describe('subscribe in session mode', () => {
  it('sends cookies instead of a token, reports each connection and closes when the consumer stops', async () => {
    let closed = false;
    const baseUrl = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('id: 1\nevent: session-created\ndata: {}\n\n');
      response.on('close', () => {
        closed = true;
      });
    });
    const inits: RequestInit[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      inits.push(init ?? {});
      return fetch(input, init);
    };
    let opened = 0;
    for await (const event of subscribe(
      { baseUrl, session: { csrfToken: () => 'never-sent-on-get' }, fetch: recordingFetch },
      { onOpen: () => (opened += 1) },
    )) {
      expect(event).toEqual({ id: '1', event: 'session-created', data: '{}' });
      break;
    }
    expect(opened).toBe(1);
    expect(inits[0]?.credentials).toBe('same-origin');
    expect(new Headers(inits[0]?.headers).get('authorization')).toBeNull();
    expect(new Headers(inits[0]?.headers).get('x-csrf-token')).toBeNull();
    await expect.poll(() => closed).toBe(true);
  });

  it("passes the server's error code and details on when the stream is refused", async () => {
    const baseUrl = await serve((_request, response) => {
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"error":{"code":"unauthenticated","message":"revoked","details":{"reason":"revoked"}}}');
    });
    const errors: ClientError[] = [];
    for await (const _event of subscribe({ baseUrl }, { onError: (error) => errors.push(error) })) break;
    expect(errors).toEqual([
      { code: 'http', status: 401, errorCode: 'unauthenticated', message: 'revoked', details: { reason: 'revoked' } },
    ]);
  });
});
