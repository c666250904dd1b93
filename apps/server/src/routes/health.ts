import { Hono } from 'hono';

/** Liveness: answers 200 while the process can serve requests. Public, no secrets. */
export function healthRoutes(version: string): Hono {
  const routes = new Hono();
  routes.get('/health', (context) => context.json({ status: 'ok', version }));
  return routes;
}
