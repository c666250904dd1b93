import { StatusSchema } from '@oxios/sdk-client';
import { ok } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';

/** `GET /api/status` — what is running, for any authenticated caller. */
export function statusRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/status',
      access: 'user',
      summary: 'Server version, uptime and who you are',
      tags: ['status'],
      response: StatusSchema,
      handler: ({ caller }) =>
        ok({
          version: deps.version,
          startedAt: iso(deps.startedAt),
          uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
          caller: { userName: caller?.userName ?? '', role: caller?.role ?? 'user' },
        }),
    }),
  ];
}
