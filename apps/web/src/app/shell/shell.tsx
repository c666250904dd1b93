import type { Caller, HttpOptions, OxiosClient } from '@oxios/sdk-client';
import { useRef, useState } from 'preact/hooks';
import { useEventLog } from '../events/event-stream.js';
import { usePathname } from '../routing/location.js';
import { matchView, missingRoutes, navigableViews, type Capabilities } from '../routing/view-registry.js';
import { PageHeader } from '../ui/page-header.js';
import { StatusBadge } from '../ui/status-badge.js';
import { PlannedView } from '../views/planned/planned-view.js';
import { Nav } from './nav.js';
import { VIEWS } from './views.js';

const CONNECTION_LABEL = {
  connecting: 'connecting…',
  open: 'live',
  reconnecting: 'reconnecting…',
  closed: 'offline',
} as const;

/** The signed-in layout: header (live status, user, logout), navigation, and the current view. */
export function Shell({
  client,
  http,
  caller,
  capabilities,
  onLogout,
}: {
  readonly client: OxiosClient;
  readonly http: HttpOptions;
  readonly caller: Caller;
  readonly capabilities: Capabilities;
  readonly onLogout: () => void;
}) {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const log = useEventLog();
  const { ready, waiting } = navigableViews(VIEWS, caller.role, capabilities);
  const allowed = [...ready, ...waiting];
  const view = matchView(pathname, allowed);
  const Component = view?.component;
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <button
          type="button"
          ref={menuButton}
          class="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => {
            setMenuOpen(!menuOpen);
          }}
        >
          Menu
        </button>
        <span class="brand">Oxios</span>
        <span class="topbar-status" aria-live="polite">
          <StatusBadge
            status={log.connection === 'open' ? 'open' : 'pending'}
            label={CONNECTION_LABEL[log.connection]}
          />
        </span>
        <span class="topbar-user">
          {caller.userName} <span class="muted">({caller.role})</span>
        </span>
        <button type="button" class="button button-quiet" onClick={onLogout}>
          Log out
        </button>
      </header>
      {log.connection === 'reconnecting' && (
        <p class="connection-lost" role="alert">
          The connection to the Oxios server was lost; retrying every few seconds. {log.lastError}
        </p>
      )}
      <div class="body">
        <aside
          id="sidebar"
          class={menuOpen ? 'sidebar sidebar-open' : 'sidebar'}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <Nav
            ready={ready}
            waiting={waiting}
            current={view}
            onNavigate={() => {
              setMenuOpen(false);
            }}
          />
        </aside>
        <main id="main" class="main" tabIndex={-1}>
          {view === undefined ? (
            <section>
              <PageHeader title="Not found" />
              <p>There is no page at {pathname} (or your role cannot open it).</p>
            </section>
          ) : Component !== undefined && missingRoutes(view, capabilities).length === 0 ? (
            <Component client={client} http={http} caller={caller} capabilities={capabilities} pathname={pathname} />
          ) : (
            <PlannedView view={view} capabilities={capabilities} />
          )}
        </main>
      </div>
    </div>
  );
}
