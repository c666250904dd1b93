import { z } from 'zod';

/** One probed host tool. */
export const HostToolSchema = z.object({
  name: z.string(),
  required: z.boolean(),
  available: z.boolean(),
  version: z.string().optional(),
  path: z.string().optional(),
});

/** `GET /api/host-tools`: the configured required and optional host tools, probed. */
export const HostToolReportSchema = z.object({
  tools: z.array(HostToolSchema),
  missingRequired: z.array(z.string()),
  ok: z.boolean(),
});
export type HostToolReport = z.infer<typeof HostToolReportSchema>;
