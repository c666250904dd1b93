import { createHostToolProbe } from '@oxios/kernel';
import { HostToolReportSchema } from '@oxios/sdk-client';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';

/** The configured host tools, probed (statuses cached for `[exec] probe_cache_secs`). */
export function hostToolRoutes(deps: ServerDeps) {
  const { exec } = deps.config;
  const probe = createHostToolProbe({ ttlMs: exec.probe_cache_secs * 1000, logger: deps.logger });
  return [
    defineRoute({
      method: 'GET',
      path: '/api/host-tools',
      access: 'superuser',
      summary: 'The required and optional host tools: found on PATH, with versions',
      tags: ['host'],
      response: HostToolReportSchema,
      handler: ({ context }) =>
        probe
          .probe({ required: exec.required_tools, optional: exec.optional_tools, signal: context.req.raw.signal })
          .map((report) => ({
            tools: report.tools.map((tool) => ({ ...tool })),
            missingRequired: [...report.missingRequired],
            ok: report.ok,
          })),
    }),
  ];
}
