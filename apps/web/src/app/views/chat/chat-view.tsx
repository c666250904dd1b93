import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { navigate } from '../../routing/location.js';
import type { ViewProps } from '../../shell/view-props.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { Conversation } from './conversation.js';
import { NewSessionForm } from './new-session-form.js';
import { SessionList } from './session-list.js';

/** The session id in `/chat/<id>`, if any. */
export function selectedSessionId(pathname: string): string | undefined {
  const match = /^\/chat\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** Sessions on the left, the open conversation on the right. */
export function ChatView({ client, http, capabilities, pathname }: ViewProps) {
  const selectedId = selectedSessionId(pathname);
  const sessions = useLoad((signal) => client.sessions.list({ limit: 100 }, signal), []);
  useRefreshOn(['session-created', 'session-status-changed', 'session-phase-changed'], sessions.reload);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Chat" />
      <div class="chat-layout">
        <aside class="panel" aria-label="Sessions">
          <NewSessionForm
            client={client}
            onCreated={(session) => {
              sessions.reload();
              navigate(`/chat/${encodeURIComponent(session.id)}`);
            }}
          />
          <h2 class="panel-title">Sessions</h2>
          {sessions.state.status === 'loading' && <Loading />}
          {sessions.state.status === 'error' && <ErrorNotice error={sessions.state.error} onRetry={sessions.reload} />}
          {sessions.state.status === 'ok' && (
            <SessionList sessions={sessions.state.data.items} selectedId={selectedId} />
          )}
        </aside>
        <div class="panel">
          {selectedId === undefined ? (
            <Empty>Open a session from the list, or start a new one.</Empty>
          ) : (
            <Conversation
              key={selectedId}
              client={client}
              http={http}
              sessionId={selectedId}
              capabilities={capabilities}
            />
          )}
        </div>
      </div>
    </section>
  );
}
