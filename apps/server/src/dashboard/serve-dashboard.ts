import type { Context } from 'hono';
import type { Dashboard, DashboardFile } from './load-dashboard.js';

/** Paths that belong to the API, whatever their case: never answered with the dashboard. */
const API_PATH = /^\/api(\/|$)/i;
/** A last segment with an extension names a file; a missing file is a 404, not the page. */
const FILE_NAME = /\/[^/]*\.[A-Za-z0-9]+$/;

function respond(context: Context, file: DashboardFile): Response {
  context.header('content-type', file.contentType);
  context.header('cache-control', file.cacheControl);
  let body = file.body;
  if (file.gzip !== undefined) {
    context.header('vary', 'Accept-Encoding', { append: true });
    if (/\bgzip\b/.test(context.req.header('accept-encoding') ?? '')) {
      context.header('content-encoding', 'gzip');
      body = file.gzip;
    }
  }
  context.header('content-length', String(body.length));
  return context.req.method === 'HEAD' ? context.body(null, 200) : context.body(body, 200);
}

/**
 * Answers a GET or HEAD that no route matched from the built dashboard: the file at that path,
 * or `index.html` for any other page path (the dashboard routes in the browser). Undefined for
 * other methods, `/api/*` paths and missing files, which then get the usual 404.
 */
export function serveDashboard(dashboard: Dashboard | undefined, context: Context): Response | undefined {
  const { method, path } = context.req;
  if (dashboard === undefined || (method !== 'GET' && method !== 'HEAD') || API_PATH.test(path)) return undefined;
  const file = dashboard.files.get(path === '/' ? '/index.html' : path);
  if (file !== undefined) return respond(context, file);
  return FILE_NAME.test(path) ? undefined : respond(context, dashboard.index);
}
