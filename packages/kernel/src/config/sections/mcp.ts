import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { USER_NAME_PATTERN } from '../../access/parse-subject.js';
import { isBareCommandName } from '../../exec/command-name.js';
import { isDeniedEnvironmentVariable } from '../../exec/environment-policy.js';
import { neverAllowedReason } from '../../exec/never-allowed-commands.js';
import { booleanField, integerField, renderInput, stringField, tableField } from '../fields.js';

/** Names of MCP servers: the middle part of `mcp.<server>.<tool>`, so never a dot. */
export const MCP_SERVER_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** The host variables an MCP server inherits unless its table says otherwise. */
export const DEFAULT_MCP_INHERITED_ENV: readonly string[] = ['PATH', 'HOME'];

const environmentName = stringField({
  pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  description: 'an environment variable name',
}).refine((name) => !isDeniedEnvironmentVariable(name), {
  error: (issue) => `${renderInput(issue.input)} may never be passed to an MCP server (it makes programs run code)`,
});

const command = stringField()
  .refine((value) => isBareCommandName(value) || (isAbsolute(value) && !value.includes('..')), {
    error: (issue) => `expected a bare command name or an absolute path, got ${renderInput(issue.input)}`,
  })
  .refine((value) => neverAllowedReason(value.split('/').at(-1) ?? value) === undefined, {
    error: (issue) =>
      `${renderInput(issue.input)} is never allowed: ${neverAllowedReason(String(issue.input).split('/').at(-1) ?? '') ?? 'refused'}`,
  });

/** One `[mcp.servers.<name>]` table: a stdio MCP server Oxios starts and talks to. */
export const McpServerEntrySchema = tableField({
  /** The program to run: a bare name found on PATH, or an absolute path. Shells are refused. */
  command,
  /** Its arguments, passed as they are (no shell). */
  args: z.array(z.string(), { error: 'expected an array of strings' }).default([]),
  /** Variables set for the server. Their values are secrets: redacted in every output. */
  env: z
    .record(environmentName, z.string({ error: 'expected a string value' }), {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `${renderInput(issue.input)} may never be passed to an MCP server (not a variable name, or one that makes programs run code)`
          : `expected a table, got ${renderInput(issue.input)}`,
    })
    .default({}),
  /** Host variables the server inherits; nothing else of Oxios's environment reaches it. */
  inherit_env: z
    .array(environmentName, { error: 'expected an array of variable names' })
    .default([...DEFAULT_MCP_INHERITED_ENV]),
  /** Working directory (absolute). Default: OXIOS_HOME. */
  cwd: stringField()
    .refine((value) => isAbsolute(value), {
      error: (issue) => `expected an absolute path, got ${renderInput(issue.input)}`,
    })
    .optional(),
  /** Whether Oxios starts it. */
  enabled: booleanField().default(true),
  /** Seconds one tool call may take; `[mcp] call_timeout_secs` when absent. */
  call_timeout_secs: integerField({ min: 1, max: 86_400 }).optional(),
});

/** A validated `[mcp.servers.<name>]` table. */
export type McpServerEntry = z.infer<typeof McpServerEntrySchema>;

/** `[mcp]` — MCP servers agents use as tools, and who `oxios mcp serve` acts as. */
export const McpSectionSchema = tableField({
  /** The user `oxios mcp serve` acts as: MCP hosts get exactly this user's rights. */
  serve_as: stringField({ pattern: USER_NAME_PATTERN, description: 'a user name' }).default('mcp'),
  /** Seconds a server may take to start and answer `initialize` and `tools/list`. */
  connect_timeout_secs: integerField({ min: 1, max: 3_600 }).default(30),
  /** Seconds one tool call may take before it is cancelled. */
  call_timeout_secs: integerField({ min: 1, max: 86_400 }).default(60),
  /** First delay before reconnecting a server that exited or failed to start; it doubles per failure. */
  reconnect_base_delay_ms: integerField({ min: 1, max: 600_000 }).default(500),
  /** Longest delay between reconnect attempts. */
  reconnect_max_delay_secs: integerField({ min: 1, max: 3_600 }).default(30),
  /** Failed starts in a row after which a server is given up (`failed`) until Oxios restarts. */
  reconnect_max_attempts: integerField({ min: 1, max: 1_000 }).default(10),
  servers: z
    .record(z.string().regex(MCP_SERVER_NAME_PATTERN), McpServerEntrySchema, {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `expected a server name of a-z, 0-9, "-" and "_" (at most 32), got ${renderInput(issue.input)}`
          : `expected a table of servers, got ${renderInput(issue.input)}`,
    })
    .default({}),
}).prefault({});

/** The validated `[mcp]` section. */
export type McpSection = z.infer<typeof McpSectionSchema>;
