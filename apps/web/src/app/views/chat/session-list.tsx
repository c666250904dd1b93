import type { Session } from '@oxios/sdk-client';
import { Link } from '../../routing/link.js';
import { formatTime } from '../../ui/format-time.js';
import { Empty } from '../../ui/notices.js';

/** A session's name on screen. */
export const sessionTitle = (session: Session) => session.title ?? `Untitled session ${session.id.slice(0, 8)}`;

/** The caller's sessions, newest first; the open one is marked current. */
export function SessionList({
  sessions,
  selectedId,
}: {
  readonly sessions: readonly Session[];
  readonly selectedId: string | undefined;
}) {
  if (sessions.length === 0) return <Empty>No sessions yet. Start one above.</Empty>;
  return (
    <ul class="session-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <Link
            href={`/chat/${encodeURIComponent(session.id)}`}
            class="session-link"
            current={session.id === selectedId}
          >
            <span class="session-title">{sessionTitle(session)}</span>
            <span class="session-meta">
              {session.phase} · {session.status} · {formatTime(session.createdAt)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
