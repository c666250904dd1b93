import type { IncomingMessage } from 'node:http';
import type { WireProtocol } from './protocols/wire-protocol.js';
import type { FakeLlmRequest } from './types.js';

/** Builds the recorded, normalised form of one LLM request. */
export function recordRequest(
  index: number,
  protocol: WireProtocol,
  incoming: IncomingMessage,
  body: Readonly<Record<string, unknown>>,
): FakeLlmRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const transcript = protocol.readTranscript(body);
  const lastUser = transcript.messages.findLast((message) => message.role === 'user');
  return {
    index,
    protocol: protocol.id,
    method: incoming.method ?? 'POST',
    path: incoming.url ?? '/',
    headers,
    body,
    model: typeof body.model === 'string' ? body.model : undefined,
    stream: body.stream === true,
    system: transcript.system,
    messages: transcript.messages,
    tools: transcript.tools,
    lastUserText: lastUser?.text,
    maxTokens: transcript.maxTokens,
    receivedAt: Date.now(),
  };
}
