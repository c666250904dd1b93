import { Link } from '../routing/link.js';
import type { DashboardView } from './views.js';

/** The main navigation: views ready to use, then those waiting for server routes. */
export function Nav({
  ready,
  waiting,
  current,
  onNavigate,
}: {
  readonly ready: readonly DashboardView[];
  readonly waiting: readonly DashboardView[];
  readonly current: DashboardView | undefined;
  readonly onNavigate: () => void;
}) {
  return (
    <nav class="nav" aria-label="Main">
      <ul>
        {ready.map((view) => (
          <li key={view.id}>
            <Link href={view.path} class="nav-link" current={view.id === current?.id} onNavigate={onNavigate}>
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <>
          <p class="nav-heading" id="nav-later">
            Coming with new server routes
          </p>
          <ul aria-labelledby="nav-later">
            {waiting.map((view) => (
              <li key={view.id}>
                <Link
                  href={view.path}
                  class="nav-link nav-link-later"
                  current={view.id === current?.id}
                  onNavigate={onNavigate}
                >
                  {view.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
