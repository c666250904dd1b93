import { z } from 'zod';
import { ROLES } from '../../access/roles.js';
import { booleanField, enumField, integerField, stringField, tableField } from '../fields.js';

/** A policy glob: no leading `!` (deny lists say "not"), no NUL, at most three runs of `*`. */
const globList = () =>
  z.array(
    stringField({
      pattern: /^(?!!)(?!(?:[^*]*\*+(?!\*)){4})[^\0]{1,1024}$/,
      description: 'glob without a leading "!" and with at most 3 runs of "*"',
    }),
  );

/** Secrets no one but the kernel may touch, wherever a workspace is placed. */
export const DEFAULT_DENIED_PATHS = [
  '**/.oxios{,/**}',
  '**/.oxi{,/**}',
  '**/.oxicode{,/**}',
  '**/.ssh{,/**}',
  '**/.gnupg{,/**}',
  '**/.aws{,/**}',
] as const;

/** Files an agent may read but never write by default: writing them runs code on the host. */
export const DEFAULT_AGENT_READ_ONLY_PATHS = ['**/.git/hooks{,/**}', '**/.git/config'] as const;

/** `[access.agent_defaults]` — permissions a new agent starts with (tools and paths come from its owner's role). */
export const AgentDefaultsSectionSchema = tableField({
  /** Whether new agents may use the network. */
  network: booleanField().default(false),
  /** Wall-clock limit of one agent run, in seconds. */
  max_execution_secs: integerField({ min: 1, max: 604_800 }).default(300),
  /** Memory limit of an agent's sandbox, in MiB. */
  max_memory_mb: integerField({ min: 16, max: 1_048_576 }).default(512),
  /** Whether new agents may fork sub-agents. */
  can_fork: booleanField().default(false),
  /** Extra path globs new agents may not touch. */
  denied_paths: globList().default([]),
  /** Path globs new agents may read but not write or delete. */
  read_only_paths: globList().default([...DEFAULT_AGENT_READ_ONLY_PATHS]),
}).prefault({});

/** `[access]` — roles, path policy, audit retention and approvals. */
export const AccessSectionSchema = tableField({
  /** Role of a user with no assignment; `none` denies such users everything. */
  default_role: enumField([...ROLES, 'none']).default('user'),
  /** Path globs denied to every subject but the kernel itself (deny wins over any allow). */
  denied_paths: globList().default([...DEFAULT_DENIED_PATHS]),
  /** Audit entries kept; the oldest beyond this are deleted in the background. 0 keeps all. */
  audit_retention: integerField({ min: 0, max: 1_000_000_000 }).default(100_000),
  /** How often the background sweep applies retention and expires approvals, in seconds. */
  sweep_interval_secs: integerField({ min: 1, max: 86_400 }).default(60),
  /** How long a pending approval waits for a human before it expires, in seconds. */
  approval_timeout_secs: integerField({ min: 1, max: 604_800 }).default(600),
  /** `action` or `action:resource` patterns (`*` matches any text) an agent needs a human's approval for. */
  require_approval: z
    .array(stringField({ pattern: /^[a-z0-9*][^\0]{0,1023}$/, description: '"action" or "action:resource"' }))
    .default(['host-exec:*']),
  agent_defaults: AgentDefaultsSectionSchema,
}).prefault({});

export type AccessSection = z.infer<typeof AccessSectionSchema>;
export type AgentDefaultsSection = z.infer<typeof AgentDefaultsSectionSchema>;
