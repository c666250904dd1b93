import { ok } from 'neverthrow';
import { z } from 'zod';
import type { ServerDeps } from '../deps.js';
import { defineRoute, type AnyRoute } from '../http/define-route.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
import { renderDocs } from '../openapi/render-docs.js';

/** `/openapi.json`, `/docs` (public) and `/metrics` (admin). `routes` is every other route. */
export function metaRoutes(deps: ServerDeps, routes: () => readonly AnyRoute[]) {
  let document: Record<string, unknown> | undefined;
  return [
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      access: 'public',
      summary: 'The OpenAPI 3.1 description of this API',
      tags: ['meta'],
      response: z.record(z.string(), z.unknown()),
      handler: () => ok((document ??= buildOpenApi(routes(), { title: 'Oxios', version: deps.version }))),
    }),
    defineRoute({
      method: 'GET',
      path: '/docs',
      access: 'public',
      summary: 'A human-readable list of the routes',
      tags: ['meta'],
      response: z.string(),
      handler: ({ context }) => Promise.resolve(context.html(renderDocs(routes(), deps.version))),
    }),
    defineRoute({
      method: 'GET',
      path: '/metrics',
      access: 'admin',
      summary: 'Prometheus metrics (text exposition format)',
      tags: ['meta'],
      response: z.string(),
      handler: async ({ context }) => {
        context.header('content-type', deps.metrics.contentType);
        return context.body(await deps.metrics.metrics());
      },
    }),
  ];
}
