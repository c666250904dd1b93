import { z } from 'zod';
import { isBareCommandName } from '../../exec/command-name.js';
import { DEFAULT_ENV_ALLOWLIST, isDeniedEnvironmentVariable } from '../../exec/environment-policy.js';
import { neverAllowedReason } from '../../exec/never-allowed-commands.js';
import { integerField, renderInput, stringField, tableField } from '../fields.js';

function listOf<Item extends z.ZodType>(item: Item, description: string) {
  return z.array(item, { error: (issue) => `expected ${description}, got ${renderInput(issue.input)}` });
}

const commandName = stringField().refine(isBareCommandName, {
  error: (issue) => `expected a bare command name (no "/", "..", or spaces), got ${renderInput(issue.input)}`,
});

const allowedCommand = commandName.refine((name) => neverAllowedReason(name) === undefined, {
  error: (issue) =>
    `${renderInput(issue.input)} is never allowed: ${neverAllowedReason(String(issue.input)) ?? 'refused'}`,
});

const environmentName = stringField({
  pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  description: 'an environment variable name',
}).refine((name) => !isDeniedEnvironmentVariable(name), {
  error: (issue) => `${renderInput(issue.input)} may never be passed to host commands (it makes programs run code)`,
});

/** `[exec]` — the host-exec bridge and the host-tool probe. */
export const ExecSectionSchema = tableField({
  /** Bare command names agents may run on the host. Shells and command runners are refused. */
  allowlist: listOf(allowedCommand, 'array of command names').default(['git']),
  /** Host environment variables a host command sees; everything else is scrubbed. */
  env_allowlist: listOf(environmentName, 'array of variable names').default([...DEFAULT_ENV_ALLOWLIST]),
  /** Timeout of a host command that asks for none. */
  default_timeout_secs: integerField({ min: 1, max: 86_400 }).default(60),
  /** Largest timeout a host command may ask for. */
  max_timeout_secs: integerField({ min: 1, max: 86_400 }).default(600),
  /** Bytes of stdout and of stderr kept per command; the rest is dropped and flagged. */
  max_output_bytes: integerField({ min: 1024, max: 268_435_456 }).default(1_048_576),
  /** Host tools Oxios needs; a missing one is reported at startup. */
  required_tools: listOf(commandName, 'array of command names').default(['git']),
  /** Host tools that enable extra features when present. */
  optional_tools: listOf(commandName, 'array of command names').default(['gh', 'jq', 'rg', 'curl']),
  /** How long a probed tool status is reused. */
  probe_cache_secs: integerField({ min: 0, max: 86_400 }).default(300),
})
  .refine((section) => section.default_timeout_secs <= section.max_timeout_secs, {
    path: ['default_timeout_secs'],
    error: 'must not exceed max_timeout_secs',
  })
  .prefault({});

export type ExecSection = z.infer<typeof ExecSectionSchema>;
