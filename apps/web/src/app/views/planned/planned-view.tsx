import { missingRoutes, type ViewEntry } from '../../routing/view-registry.js';
import type { ViewProps } from '../../shell/view-props.js';
import { PageHeader } from '../../ui/page-header.js';

/** A view that waits for server routes: says which ones, so nobody wonders why it is empty. */
export function PlannedView({
  view,
  capabilities,
}: Pick<ViewProps, 'capabilities'> & { readonly view: ViewEntry & { readonly about: string } }) {
  const missing = missingRoutes(view, capabilities);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={view.label} />
      <div class="panel">
        <p>{view.about}</p>
        {missing.length > 0 ? (
          <>
            <p>This server does not offer it yet. It needs:</p>
            <ul>
              {missing.map((route) => (
                <li key={route}>
                  <code>{route}</code>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>The server has the routes for this view; the dashboard will show it in a coming version.</p>
        )}
      </div>
    </section>
  );
}
