import { STATUS_CODES, type ServerResponse } from 'node:http';
import { pause } from './pause.js';
import type { WireProtocol } from './protocols/wire-protocol.js';
import type { FakeLlmHttpError } from './types.js';

/** Answers with an HTTP error in `protocol`'s error body shape, after the reply's delay. */
export async function writeHttpError(
  response: ServerResponse,
  protocol: WireProtocol,
  reply: FakeLlmHttpError,
  signal: AbortSignal,
): Promise<void> {
  await pause(reply.delayMs ?? 0, signal);
  if (signal.aborted) return;
  const message = reply.message ?? `fake-llm: scripted ${reply.status} ${STATUS_CODES[reply.status] ?? 'error'}`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (reply.retryAfter !== undefined) headers['retry-after'] = String(reply.retryAfter);
  if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
  response.writeHead(reply.status, { ...headers, ...reply.headers });
  response.end(JSON.stringify(protocol.errorBody(reply.status, message)));
}
