import type { LlmReply } from '../port/llm-port.js';

/** The reply as text, to show it back to the model when asking for a repair. */
export function replyText(reply: LlmReply): string {
  if (reply.kind === 'text') return reply.text;
  return reply.value === undefined ? 'undefined' : JSON.stringify(reply.value);
}
