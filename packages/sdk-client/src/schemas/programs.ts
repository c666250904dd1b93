import { z } from 'zod';
import { TimestampSchema } from './common.js';

/** Where a program was installed from (URLs shown without credentials). */
export const ProgramSourceSchema = z.object({
  kind: z.string(),
  url: z.string().optional(),
  ref: z.string().optional(),
  path: z.string().optional(),
  name: z.string().optional(),
});

/** An installed program as listed. */
export const ProgramSchema = z.object({
  name: z.string(),
  version: z.string(),
  description: z.string(),
  author: z.string(),
  enabled: z.boolean(),
  source: ProgramSourceSchema,
  installedAt: TimestampSchema,
  /** Names of its tools. */
  tools: z.array(z.string()),
});
export type Program = z.infer<typeof ProgramSchema>;

/** One tool a program offers to agents. */
export const ProgramToolSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** The argv template (no shell runs). */
  command: z.array(z.string()),
  arguments: z.array(z.object({ name: z.string(), description: z.string(), type: z.string(), required: z.boolean() })),
  timeoutSecs: z.number().int().nullable(),
});

/** An installed program with its tools, host requirements and SKILL.md text. */
export const ProgramDetailSchema = ProgramSchema.extend({
  toolDefinitions: z.array(ProgramToolSchema),
  hostRequirements: z.object({ required: z.array(z.string()), optional: z.array(z.string()) }),
  /** Names of the MCP servers it brings (their environment stays on the server). */
  mcpServers: z.array(z.string()),
  /** SKILL.md without its frontmatter; `""` when it has none. */
  skill: z.string(),
});
export type ProgramDetail = z.infer<typeof ProgramDetailSchema>;

export const ProgramListSchema = z.object({ items: z.array(ProgramSchema) });
export type ProgramList = z.infer<typeof ProgramListSchema>;

const url = z.string().min(1).max(2048);

/**
 * `POST /api/programs`: install from a git repository or a tarball URL. Local directories and
 * tarball files are the local CLI's sources; the HTTP API refuses them.
 */
export const InstallProgramRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('git'),
    url,
    ref: z.string().min(1).max(255).optional(),
  }),
  z.strictObject({ kind: z.literal('tarball-url'), url }),
]);
export type InstallProgramRequest = z.infer<typeof InstallProgramRequestSchema>;

/** `DELETE /api/programs/:name`. */
export const ProgramRemovedSchema = z.object({ removed: z.literal(true) });
export type ProgramRemoved = z.infer<typeof ProgramRemovedSchema>;
