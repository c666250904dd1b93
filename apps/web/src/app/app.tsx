import { useAuth } from './auth/use-auth.js';
import { useCapabilities } from './auth/use-capabilities.js';
import { LoginView } from './auth/login-view.js';
import { UnreachableView } from './auth/unreachable-view.js';
import { EventStreamProvider } from './events/event-stream.js';
import { Shell } from './shell/shell.js';
import { Loading } from './ui/notices.js';
import { SessionSendsProvider } from './views/chat/session-sends.js';

/** The dashboard: login gate, then the shell with its live event stream. */
export function App() {
  const auth = useAuth();
  const capabilities = useCapabilities(auth.browser.client);
  const { state } = auth;
  switch (state.kind) {
    case 'checking':
      return (
        <main class="login" id="main">
          <Loading label="Connecting to Oxios…" />
        </main>
      );
    case 'unreachable':
      return <UnreachableView message={state.message} onRetry={auth.retry} />;
    case 'signed-out':
      return <LoginView message={state.message} onLogin={auth.loginWithToken} />;
    case 'signed-in':
      return (
        <EventStreamProvider key={state.caller.tokenId} http={auth.browser.http}>
          <SessionSendsProvider client={auth.browser.client}>
            <Shell
              client={auth.browser.client}
              http={auth.browser.http}
              caller={state.caller}
              capabilities={capabilities}
              onLogout={auth.logout}
            />
          </SessionSendsProvider>
        </EventStreamProvider>
      );
  }
}
