import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { ContainerNameSchema } from './names.js';

/** A project container as Oxios records it (environment values stay on the server). */
export const ContainerSchema = z.object({
  name: z.string(),
  backend: z.string(),
  image: z.string(),
  status: z.enum(['creating', 'running', 'stopped']),
  network: z.boolean(),
  limits: z.record(z.string(), z.unknown()),
  labels: z.record(z.string(), z.string()),
  /** Names of the variables every command gets. */
  envNames: z.array(z.string()),
  createdBy: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Container = z.infer<typeof ContainerSchema>;

export const ContainerListSchema = z.object({ items: z.array(ContainerSchema) });
export type ContainerList = z.infer<typeof ContainerListSchema>;

/** Path parameter `:name` of a container. */
export const ContainerParamsSchema = z.strictObject({ name: ContainerNameSchema });

/** `POST /api/containers`. Limits always come from the server's `[container]` settings. */
export const CreateContainerRequestSchema = z.strictObject({
  name: ContainerNameSchema,
  image: z
    .string()
    .regex(/^\S{1,255}$/, 'expected an image reference')
    .optional(),
  network: z.boolean().optional(),
  env: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'expected a variable name'), z.string().max(4096))
    .optional(),
  labels: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,127}$/), z.string().max(1024)).optional(),
});
export type CreateContainerRequest = z.infer<typeof CreateContainerRequestSchema>;

/** `POST /api/containers/:name/exec`: a command as an argv array (no shell runs). */
export const ContainerExecRequestSchema = z.strictObject({
  argv: z.array(z.string().max(8192)).min(1).max(256),
  /** Seconds; default and maximum come from the server's `[container]` settings. */
  timeoutSecs: z.number().int().min(1).max(86_400).optional(),
  /** Working directory inside the sandbox; relative paths start at the workspace. */
  cwd: z.string().min(1).max(4096).optional(),
  stdin: z.string().max(1_048_576).optional(),
});
export type ContainerExecRequest = z.infer<typeof ContainerExecRequestSchema>;

/** How a command ended. A non-zero exit is a result, not an error. */
export const ContainerExecResultSchema = z.object({
  exitCode: z.number().int().nullable(),
  signal: z.string().nullable(),
  stdout: z.string(),
  stderr: z.string(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
  durationMs: z.number(),
});
export type ContainerExecResult = z.infer<typeof ContainerExecResultSchema>;

/** `DELETE /api/containers/:name` options. */
export const RemoveContainerQuerySchema = z.strictObject({ keepWorkspace: z.enum(['true', 'false']).optional() });

/** `DELETE /api/containers/:name`. */
export const ContainerRemovedSchema = z.object({ removed: z.literal(true) });
export type ContainerRemoved = z.infer<typeof ContainerRemovedSchema>;

/** `GET /api/containers/probe`: what the sandbox backend enforces on this host. */
export const ContainerProbeSchema = z.object({
  backend: z.string(),
  available: z.boolean(),
  version: z.string().optional(),
  reason: z.string().optional(),
  isolation: z.enum(['vm', 'namespace', 'none']),
  enforces: z.record(z.string(), z.unknown()),
  notes: z.array(z.string()),
});
export type ContainerProbe = z.infer<typeof ContainerProbeSchema>;
