import type { OxiosClient } from '@oxios/sdk-client';
import { useEffect, useState } from 'preact/hooks';
import { useLoad } from '../../api/use-load.js';
import { useEventBus, useRefreshOn } from '../../events/event-stream.js';
import type { Capabilities } from '../../routing/view-registry.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { Composer } from './composer.js';
import { MessageList } from './message-list.js';
import { PhaseStepper } from './phase-stepper.js';
import { phaseFromEvent } from './phases.js';
import { composerMode } from './send-availability.js';
import { sessionTitle } from './session-list.js';

/** One session: its phase, its messages and the composer. */
export function Conversation({
  client,
  sessionId,
  capabilities,
}: {
  readonly client: OxiosClient;
  readonly sessionId: string;
  readonly capabilities: Capabilities;
}) {
  const session = useLoad((signal) => client.sessions.get(sessionId, signal), [sessionId]);
  const messages = useLoad((signal) => client.sessions.messages(sessionId, { limit: 500 }, signal), [sessionId]);
  const [livePhase, setLivePhase] = useState<string>();
  const bus = useEventBus();
  useEffect(
    () =>
      bus.listen((event) => {
        const phase = phaseFromEvent(event.fields, sessionId);
        if (phase !== undefined) setLivePhase(phase);
      }),
    [bus, sessionId],
  );
  const mine = (event: { fields: Readonly<Record<string, unknown>> }) => event.fields.sessionId === sessionId;
  useRefreshOn(['session-message-added'], messages.reload, mine);
  useRefreshOn(['session-status-changed'], session.reload, mine);

  if (session.state.status === 'loading') return <Loading label="Loading the session…" />;
  if (session.state.status === 'error') return <ErrorNotice error={session.state.error} onRetry={session.reload} />;
  const current = session.state.data;
  const mode = composerMode(capabilities);
  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header class="conversation-header">
        <h2 id="conversation-title">{sessionTitle(current)}</h2>
        <StatusBadge status={current.status} />
      </header>
      <PhaseStepper phase={livePhase ?? current.phase} />
      {messages.state.status === 'error' && <ErrorNotice error={messages.state.error} onRetry={messages.reload} />}
      {messages.state.status === 'loading' && <Loading label="Loading messages…" />}
      {messages.state.status === 'ok' && <MessageList messages={messages.state.data.items} />}
      <Composer mode={mode} onSend={() => undefined} />
    </article>
  );
}
