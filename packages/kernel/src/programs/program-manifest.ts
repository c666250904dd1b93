import { z } from 'zod';
import { isBareCommandName } from '../exec/command-name.js';
import { PROGRAM_NAME_RULE } from './program-name.js';
import { checkToolDefinition } from './tools/check-tool-definition.js';

/** Names of tools (`[tools.<name>]`) and of their arguments. */
export const TOOL_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const ARGUMENT_NAME_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
/** A program's own executable: `bin/<file>`, one plain file name. */
export const BUNDLED_COMMAND_PATTERN = /^bin\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const text = (max: number) => z.string().max(max);
const names = z.array(z.string().refine(isBareCommandName, 'expected a bare command name')).default([]);

/** One typed argument of a program tool. */
export const ProgramArgumentSchema = z.strictObject({
  name: z.string().regex(ARGUMENT_NAME_PATTERN, 'expected a-z, 0-9 and "_", starting with a letter'),
  description: text(2000).default(''),
  type: z.enum(['string', 'integer', 'number', 'boolean']).default('string'),
  required: z.boolean().default(true),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** For strings: the only values accepted. */
  enum: z.array(z.string()).min(1).optional(),
  /** For strings: the longest value accepted (default 4096). */
  max_length: z.int().min(1).max(1_048_576).default(4096),
  /** For numbers: inclusive bounds. */
  min: z.number().optional(),
  max: z.number().optional(),
});

/** `[tools.<name>]` — a command the program offers to agents. */
export const ProgramToolSchema = z
  .strictObject({
    description: text(4000).min(1),
    /**
     * The argv template: a host command name (or `bin/<file>` of the program) and arguments, each
     * an array element. `{name}` inside an element is replaced by that argument; no shell runs.
     */
    command: z
      .array(z.string().min(1).max(4096))
      .min(1)
      .refine(([first]) => first !== undefined && (BUNDLED_COMMAND_PATTERN.test(first) || isBareCommandName(first)), {
        error: 'command[0] must be a bare command name or bin/<file>',
        path: [0],
      }),
    arguments: z.array(ProgramArgumentSchema).default([]),
    /** Seconds the tool may run; the runtime's default when absent. */
    timeout_secs: z.int().min(1).max(86_400).optional(),
  })
  .superRefine(checkToolDefinition);

/** `[[mcp]]` — an MCP server the program brings (started by the MCP subsystem). */
export const ProgramMcpServerSchema = z.strictObject({
  name: z.string().regex(TOOL_NAME_PATTERN),
  command: z.string().refine(isBareCommandName, 'expected a bare command name'),
  args: z.array(z.string()).default([]),
  env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).default({}),
  enabled: z.boolean().default(true),
});

/** The schema of `program.toml`. Unknown tables and keys are errors. */
export const ProgramManifestSchema = z.strictObject({
  program: z.strictObject({
    name: z.string().regex(PROGRAM_NAME_RULE.pattern, PROGRAM_NAME_RULE.description),
    version: text(64).min(1),
    description: text(2000).min(1),
    author: text(200).min(1),
  }),
  tools: z
    .record(z.string().regex(TOOL_NAME_PATTERN, 'expected a tool name (a-z, 0-9, "_", "-")'), ProgramToolSchema)
    .default({}),
  host_requirements: z.strictObject({ required: names, optional: names }).prefault({}),
  requires_tools: z.strictObject({ names: z.array(z.string().min(1).max(128)).default([]) }).prefault({}),
  mcp: z.array(ProgramMcpServerSchema).default([]),
});

/** A validated `program.toml`. */
export type ProgramManifest = z.infer<typeof ProgramManifestSchema>;
/** A validated `[tools.<name>]` table. */
export type ProgramToolDefinition = z.infer<typeof ProgramToolSchema>;
/** A validated tool argument. */
export type ProgramArgument = z.infer<typeof ProgramArgumentSchema>;
/** A validated `[[mcp]]` entry. */
export type ProgramMcpServer = z.infer<typeof ProgramMcpServerSchema>;
