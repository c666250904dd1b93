import { z } from 'zod';
import { A2aSectionSchema } from './sections/a2a.js';
import { ContainerSectionSchema } from './sections/container.js';
import { ContextSectionSchema } from './sections/context.js';
import { AccessSectionSchema } from './sections/access.js';
import { EventsSectionSchema } from './sections/events.js';
import { ExecSectionSchema } from './sections/exec.js';
import { LlmSectionSchema } from './sections/llm.js';
import { LogSectionSchema } from './sections/log.js';
import { McpSectionSchema } from './sections/mcp.js';
import { MemorySectionSchema } from './sections/memory.js';
import { PersonasSectionSchema } from './sections/personas.js';
import { ProgramsSectionSchema } from './sections/programs.js';
import { SchedulerSectionSchema } from './sections/scheduler.js';
import { ServerSectionSchema } from './sections/server.js';

/**
 * The schema of `config.toml`. Unknown keys are errors (a typo must not silently fall back to a
 * default). Add a section by writing `sections/<name>.ts` and listing it here.
 */
export const ConfigFileSchema = z.strictObject({
  server: ServerSectionSchema,
  log: LogSectionSchema,
  events: EventsSectionSchema,
  context: ContextSectionSchema,
  exec: ExecSectionSchema,
  scheduler: SchedulerSectionSchema,
  programs: ProgramsSectionSchema,
  memory: MemorySectionSchema,
  personas: PersonasSectionSchema,
  access: AccessSectionSchema,
  llm: LlmSectionSchema,
  container: ContainerSectionSchema,
  mcp: McpSectionSchema,
  a2a: A2aSectionSchema,
});

/** The validated contents of `config.toml`, with defaults filled in. */
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** The configuration a kernel runs with: the file's settings plus where its state lives. */
export type OxiosConfig = ConfigFile & {
  /** Absolute path of OXIOS_HOME (state, config, programs, …). */
  readonly home: string;
  /** Absolute path of the config file that was read (it may not exist). */
  readonly configPath: string;
};
