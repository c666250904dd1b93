import type { Role } from '@oxios/sdk-client';

/** Routes the server has, as `METHOD /path` in OpenAPI form; undefined while unknown. */
export type Capabilities = ReadonlySet<string> | undefined;

/** What the registry needs to know about a view. */
export interface ViewEntry {
  readonly id: string;
  /** Its address; a view also answers sub-paths (`/chat/<id>`). */
  readonly path: string;
  readonly label: string;
  /** The lowest role that may open it. */
  readonly minRole: Role;
  /** Routes it needs, e.g. `GET /api/seeds` or `POST /api/sessions/{id}/messages`. */
  readonly requires: readonly string[];
}

const RANK: Record<Role, number> = { user: 0, superuser: 1, admin: 2 };

/** Whether `role` is at least `minimum`. */
export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The routes of `view` this server lacks (none while the server's routes are unknown). */
export function missingRoutes(view: Pick<ViewEntry, 'requires'>, capabilities: Capabilities): string[] {
  return capabilities === undefined ? [] : view.requires.filter((route) => !capabilities.has(route));
}

/** Whether the server has `route` (assumed while unknown). */
export function hasRoute(capabilities: Capabilities, route: string): boolean {
  return capabilities === undefined || capabilities.has(route);
}

/** The routes an OpenAPI `paths` object lists, as `METHOD /path`. */
export function capabilitiesFrom(paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Set<string> {
  const routes = new Set<string>();
  for (const [path, operations] of Object.entries(paths))
    for (const method of Object.keys(operations)) routes.add(`${method.toUpperCase()} ${path}`);
  return routes;
}

/** The views `role` may open, split into those the server supports now and those waiting for routes. */
export function navigableViews<View extends ViewEntry>(
  views: readonly View[],
  role: Role,
  capabilities: Capabilities,
): { ready: View[]; waiting: View[] } {
  const allowed = views.filter((view) => hasRole(role, view.minRole));
  return {
    ready: allowed.filter((view) => missingRoutes(view, capabilities).length === 0),
    waiting: allowed.filter((view) => missingRoutes(view, capabilities).length > 0),
  };
}

/** The view for `pathname` (its own path or a sub-path), or undefined. */
export function matchView<View extends ViewEntry>(pathname: string, views: readonly View[]): View | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return views.find((view) => path === view.path || (view.path !== '/' && path.startsWith(`${view.path}/`)));
}
