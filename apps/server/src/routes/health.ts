import { HealthSchema, ReadySchema } from '@oxios/sdk-client';
import { ok } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';

/** Liveness and readiness, public and free of secrets. */
export function healthRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'GET',
      path: '/health',
      access: 'public',
      summary: 'Liveness: 200 while the process can serve requests',
      tags: ['health'],
      response: HealthSchema,
      handler: () => ok({ status: 'ok' as const, version: deps.version }),
    }),
    defineRoute({
      method: 'GET',
      path: '/ready',
      access: 'public',
      summary: 'Readiness: 200 when every dependency (store, sandbox, …) is usable, 503 otherwise',
      tags: ['health'],
      response: ReadySchema,
      handler: ({ context }) => {
        const unavailable = deps.kernel.containersUnavailable;
        // The sandbox backend was probed when the kernel started; without one, commands cannot run.
        const checks = {
          ...deps.readiness(),
          sandbox: unavailable === null ? { ok: true } : { ok: false, message: unavailable },
        };
        const ready = Object.values(checks).every((check) => check.ok);
        return Promise.resolve(context.json({ status: ready ? 'ready' : 'not-ready', checks }, ready ? 200 : 503));
      },
    }),
  ];
}
