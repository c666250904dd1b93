import { anthropicMessages } from './anthropic-messages.js';
import { openaiCompletions } from './openai-completions.js';
import { openaiResponses } from './openai-responses.js';
import type { WireProtocol } from './wire-protocol.js';

/**
 * The protocol served at a request path, matched on its end so any prefix works (`/v1/messages`,
 * `/proxy/v1/chat/completions`); undefined for any other path.
 */
export function protocolForPath(pathname: string): WireProtocol | undefined {
  if (pathname.endsWith('/messages')) return anthropicMessages;
  if (pathname.endsWith('/chat/completions')) return openaiCompletions;
  if (pathname.endsWith('/responses')) return openaiResponses;
  return undefined;
}
