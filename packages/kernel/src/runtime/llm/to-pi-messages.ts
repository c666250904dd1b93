import type { Api, Message, Model } from '@earendil-works/pi-ai';
import type { LlmMessage } from './types.js';
import { emptyUsage } from './usage-math.js';

/** Plain conversation messages as pi-ai transcript messages (assistant turns attributed to `model`). */
export function toPiMessages(messages: readonly LlmMessage[], model: Model<Api>): Message[] {
  const timestamp = Date.now();
  return messages.map((message): Message => {
    if (message.role === 'user') return { role: 'user', content: message.content, timestamp };
    return {
      role: 'assistant',
      content: [{ type: 'text', text: message.content }],
      api: model.api,
      provider: model.provider,
      model: model.id,
      usage: emptyUsage(),
      stopReason: 'stop',
      timestamp,
    };
  });
}
