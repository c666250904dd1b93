import type { Message } from '@oxios/sdk-client';
import { formatTime } from '../../ui/format-time.js';
import { Empty } from '../../ui/notices.js';

const AUTHOR: Record<Message['role'], string> = { user: 'You', assistant: 'Oxios', system: 'System', tool: 'Tool' };

/** A session's messages in order; new ones are announced politely. */
export function MessageList({ messages }: { readonly messages: readonly Message[] }) {
  if (messages.length === 0) return <Empty>No messages yet.</Empty>;
  return (
    <ol class="messages" aria-live="polite" aria-label="Messages">
      {messages.map((message) => (
        <li key={message.id} class={`message message-${message.role}`}>
          <p class="message-meta">
            <span class="message-author">{AUTHOR[message.role]}</span> ·{' '}
            <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
          </p>
          <p class="message-content">{message.content}</p>
        </li>
      ))}
    </ol>
  );
}
