import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { planTurn } from './plan-turn.js';
import { protocolForPath } from './protocols/protocol-for-path.js';
import type { WireProtocol } from './protocols/wire-protocol.js';
import { readJson, readJsonObject } from './read-body.js';
import { recordRequest } from './record-request.js';
import { parseFakeLlmReplies } from './reply-schema.js';
import { sendJson } from './send-json.js';
import type { FakeLlmReply, FakeLlmRequest, FakeLlmResponder } from './types.js';
import { writeHttpError } from './write-http-error.js';
import { waitForRequests } from './wait-for-requests.js';
import { writeTurn } from './write-turn.js';

/** Options for {@link startFakeLlm}. */
export interface FakeLlmOptions {
  /** Replies queued at start, answered first-in first-out. */
  readonly replies?: readonly FakeLlmReply[];
  /** Answers requests once the queue is empty. */
  readonly responder?: FakeLlmResponder;
  /** Answers requests once the queue is empty and the responder (if any) returned undefined. */
  readonly fallback?: FakeLlmReply;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0 (a free port). */
  readonly port?: number;
}

/** A running fake LLM server. Dispose it (or `close()`) to stop it and drop every connection. */
export interface FakeLlm extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly baseUrl: string;
  /** The `baseUrl` for pi-ai's Anthropic provider (it appends `/v1/messages`): same as `baseUrl`. */
  readonly anthropicBaseUrl: string;
  /** The `baseUrl` for OpenAI clients (they append `/chat/completions`, `/responses`): `baseUrl + '/v1'`. */
  readonly openaiBaseUrl: string;
  readonly port: number;
  /** Every LLM request received so far, in arrival order (a live array). */
  readonly requests: readonly FakeLlmRequest[];
  /** Queues replies after those already queued. */
  push(...replies: FakeLlmReply[]): void;
  /** Replaces (or with undefined removes) the responder used when the queue is empty. */
  setResponder(responder: FakeLlmResponder | undefined): void;
  /** How many queued replies are still unused. */
  pending(): number;
  /** Resolves once `count` requests have arrived; rejects after `timeoutMs` (default 10 s). */
  waitForRequests(count: number, timeoutMs?: number): Promise<readonly FakeLlmRequest[]>;
  /** Open TCP connections right now (keep-alive ones included). */
  openConnections(): number;
  /** Stops listening, ends stalled replies and destroys every open connection. */
  close(): Promise<void>;
}

/** Path prefix of the control endpoints (`GET …/requests`, `POST …/replies`). */
export const FAKE_LLM_CONTROL_PATH = '/__fake-llm';

/**
 * Starts a fake LLM server on 127.0.0.1 that speaks Anthropic Messages (`POST /v1/messages`),
 * OpenAI Chat Completions (`POST /v1/chat/completions`) and OpenAI Responses (`POST /v1/responses`)
 * on one port. Each request is answered by the next queued reply, else the responder, else the
 * fallback, else a 500 saying the script ran out (with `x-should-retry: false`).
 */
export async function startFakeLlm(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const queue: FakeLlmReply[] = [...(options.replies ?? [])];
  let responder = options.responder;
  const requests: FakeLlmRequest[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const closing = new AbortController();

  async function chooseReply(request: FakeLlmRequest): Promise<FakeLlmReply> {
    const queued = queue.shift();
    if (queued) return queued;
    try {
      const answered = await responder?.(request);
      if (answered) return answered;
    } catch (error) {
      const message = `fake-llm: the responder threw for request #${request.index}: ${String(error)}`;
      return { status: 500, message, headers: { 'x-should-retry': 'false' } };
    }
    if (options.fallback) return options.fallback;
    const message =
      `fake-llm: no reply scripted for request #${request.index} (${request.method} ${request.path}); ` +
      'push() a reply, set a responder or a fallback';
    return { status: 500, message, headers: { 'x-should-retry': 'false' } };
  }

  async function serveLlm(protocol: WireProtocol, incoming: IncomingMessage, response: ServerResponse) {
    const body = await readJsonObject(incoming);
    if (body === undefined) {
      const error = protocol.errorBody(400, 'fake-llm: the request body is not a JSON object');
      sendJson(response, 400, error, { 'x-should-retry': 'false' });
      return;
    }
    const request = recordRequest(requests.length, protocol, incoming, body);
    requests.push(request);
    for (const waiter of waiters) waiter();
    const reply = await chooseReply(request);
    const signal = AbortSignal.any([closing.signal, closedSignal(response)]);
    if ('status' in reply) {
      await writeHttpError(response, protocol, reply, signal);
    } else if (!request.stream) {
      const error = protocol.errorBody(400, 'fake-llm: only streaming requests (stream: true) are supported');
      sendJson(response, 400, error, { 'x-should-retry': 'false' });
    } else {
      await writeTurn(response, protocol, reply, planTurn(reply, request), signal);
    }
  }

  async function serveControl(incoming: IncomingMessage, response: ServerResponse, pathname: string) {
    if (incoming.method === 'GET' && pathname === `${FAKE_LLM_CONTROL_PATH}/requests`) {
      sendJson(response, 200, { requests });
    } else if (incoming.method === 'POST' && pathname === `${FAKE_LLM_CONTROL_PATH}/replies`) {
      const parsed = parseFakeLlmReplies(await readJson(incoming));
      if (parsed.ok) queue.push(...parsed.replies);
      sendJson(response, parsed.ok ? 200 : 400, parsed.ok ? { pending: queue.length } : { error: parsed.message });
    } else {
      sendJson(response, 404, { error: `fake-llm: no control route ${incoming.method ?? ''} ${pathname}` });
    }
  }

  const server = createServer((incoming, response) => {
    const pathname = new URL(incoming.url ?? '/', 'http://fake-llm').pathname;
    const protocol = incoming.method === 'POST' ? protocolForPath(pathname) : undefined;
    const work = pathname.startsWith(`${FAKE_LLM_CONTROL_PATH}/`)
      ? serveControl(incoming, response, pathname)
      : protocol
        ? serveLlm(protocol, incoming, response)
        : serveNotFound(incoming, response, pathname);
    work.catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, { error: { message: `fake-llm: internal error: ${String(error)}` } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      closing.abort();
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });
    return closed;
  };

  return {
    baseUrl,
    anthropicBaseUrl: baseUrl,
    openaiBaseUrl: `${baseUrl}/v1`,
    port,
    requests,
    push: (...replies) => {
      queue.push(...replies);
    },
    setResponder: (next) => {
      responder = next;
    },
    pending: () => queue.length,
    waitForRequests: (count, timeoutMs = 10_000) => waitForRequests(requests, waiters, count, timeoutMs),
    openConnections: () => sockets.size,
    close,
    [Symbol.asyncDispose]: close,
  };
}

function serveNotFound(incoming: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
  incoming.resume();
  sendJson(response, 404, { error: { message: `fake-llm: no route for ${incoming.method ?? ''} ${pathname}` } });
  return Promise.resolve();
}

/** An AbortSignal that fires when the response's connection closes (or the response finishes). */
function closedSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    controller.abort();
  });
  return controller.signal;
}
