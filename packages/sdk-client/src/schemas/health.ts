import { z } from 'zod';

/** `GET /health` — liveness. */
export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });
export type Health = z.infer<typeof HealthSchema>;

/** `GET /ready` — readiness: every dependency the server needs, checked. */
export const ReadySchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), message: z.string().optional() })),
});
export type Ready = z.infer<typeof ReadySchema>;

/** `GET /api/status`. */
export const StatusSchema = z.object({
  version: z.string(),
  startedAt: z.string(),
  uptimeSeconds: z.number(),
  caller: z.object({ userName: z.string(), role: z.string() }),
});
export type Status = z.infer<typeof StatusSchema>;
