import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { ServerEnv } from '../server-env.js';

/**
 * Counts and times every request by method, route pattern (never the raw path: ids would blow up
 * cardinality) and status.
 */
export function httpMetrics(registry: Registry): MiddlewareHandler<ServerEnv> {
  const requests = new Counter({
    name: 'oxios_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'oxios_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  return async (context, next) => {
    const started = performance.now();
    await next();
    const route = context.res.status === 404 ? 'unmatched' : routePath(context);
    requests.inc({ method: context.req.method, route, status: String(context.res.status) });
    duration.observe({ method: context.req.method, route }, (performance.now() - started) / 1000);
  };
}
