import { z } from 'zod';

/** `GET /api/config`: the effective configuration, secrets redacted. */
export const ConfigViewSchema = z.object({
  home: z.string(),
  configPath: z.string(),
  config: z.record(z.string(), z.unknown()),
});
export type ConfigView = z.infer<typeof ConfigViewSchema>;

/** `PUT /api/config`: the complete file contents as JSON (same structure as config.toml). */
export const ConfigUpdateRequestSchema = z.strictObject({ config: z.record(z.string(), z.unknown()) });
export type ConfigUpdateRequest = z.infer<typeof ConfigUpdateRequestSchema>;

/** What a config update changed and whether a restart is needed to apply it. */
export const ConfigUpdateResponseSchema = z.object({
  changed: z.array(z.string()),
  appliedLive: z.array(z.string()),
  restartRequired: z.boolean(),
});
export type ConfigUpdateResponse = z.infer<typeof ConfigUpdateResponseSchema>;
