import type { Message, Session } from '@oxios/sdk-client';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { selectedSessionId } from './chat-view.js';
import { Composer } from './composer.js';
import { MessageList } from './message-list.js';
import { composerMode } from './send-availability.js';
import { SessionList } from './session-list.js';

const at = '2026-01-02T03:04:05.000Z';
const session = (id: string, title: string | null): Session => ({
  id,
  userId: 'ann',
  title,
  personaId: null,
  phase: 'interview',
  status: 'active',
  statusReason: null,
  activeSeedId: null,
  createdAt: at,
  updatedAt: at,
});

describe('the chat view parts', () => {
  it('reads the open session from the path', () => {
    expect(selectedSessionId('/chat/abc-123')).toBe('abc-123');
    expect(selectedSessionId('/chat')).toBeUndefined();
    expect(selectedSessionId('/chat/a/b')).toBeUndefined();
  });

  it('lists sessions with a fallback title and marks the open one', () => {
    const html = render(
      <SessionList sessions={[session('s1', 'Plan'), session('0123456789', null)]} selectedId="s1" />,
    );
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/href="\/chat\/s1"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/chat\/s1"/);
    expect(html).toContain('Untitled session 01234567');
  });

  it('names who wrote each message', () => {
    const message = (seq: number, role: Message['role'], content: string): Message => ({
      id: `m${seq}`,
      sessionId: 's1',
      seq,
      role,
      content,
      createdAt: at,
    });
    const html = render(
      <MessageList messages={[message(1, 'user', 'Ship it'), message(2, 'assistant', 'What is "it"?')]} />,
    );
    expect(html).toMatch(/You<\/span>.*Ship it.*Oxios<\/span>.*What is &quot;it&quot;\?/s);
  });

  it('keeps the composer disabled, with the reason, until sending is possible', () => {
    const missing = composerMode(new Set(['GET /api/sessions']));
    expect(missing).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('POST /api/sessions/{id}/messages'),
    });
    const html = render(<Composer mode={missing} onSend={() => undefined} />);
    expect(html).toContain('disabled');
    expect(html).toContain('aria-describedby="composer-unavailable"');
    expect(render(<Composer mode={{ kind: 'ready' }} onSend={() => undefined} />)).not.toContain('disabled');
  });
});
