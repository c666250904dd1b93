import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { AgentSubject, UserSubject } from './types.js';

/** User names: letters, digits, `.`, `_`, `@`, `-`; 1–128 characters, starting with a letter or digit. */
export const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
/** Agent ids: letters, digits, `_`, `-`; 1–128 characters (UUIDs fit). */
export const AGENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** A subject taken apart. */
export type ParsedSubject =
  | { readonly kind: 'user'; readonly subject: UserSubject; readonly name: string }
  | { readonly kind: 'agent'; readonly subject: AgentSubject; readonly id: string }
  | { readonly kind: 'system'; readonly subject: 'system' };

/**
 * Parses `user:<name>`, `agent:<id>` or `system`. Anything else — including names with path or
 * control characters — is `invalid-argument`, so a subject can be trusted once parsed.
 */
export function parseSubject(text: string): Result<ParsedSubject, KernelError> {
  if (text === 'system') return ok({ kind: 'system', subject: 'system' });
  if (text.startsWith('user:')) {
    const name = text.slice(5);
    if (USER_NAME_PATTERN.test(name)) return ok({ kind: 'user', subject: `user:${name}`, name });
  } else if (text.startsWith('agent:')) {
    const id = text.slice(6);
    if (AGENT_ID_PATTERN.test(id)) return ok({ kind: 'agent', subject: `agent:${id}`, id });
  }
  return err(invalidArgument('subject', 'expected "user:<name>", "agent:<id>" or "system"'));
}

/** Narrows a subject to a user, or `invalid-argument`. */
export function parseUserSubject(text: string): Result<UserSubject, KernelError> {
  return parseSubject(text).andThen((parsed) =>
    parsed.kind === 'user' ? ok(parsed.subject) : err(invalidArgument('subject', 'expected "user:<name>"')),
  );
}

/** Narrows a subject to an agent, or `invalid-argument`. */
export function parseAgentSubject(text: string): Result<AgentSubject, KernelError> {
  return parseSubject(text).andThen((parsed) =>
    parsed.kind === 'agent' ? ok(parsed.subject) : err(invalidArgument('subject', 'expected "agent:<id>"')),
  );
}

/** Checks an agent id (without the `agent:` prefix). */
export function validateAgentId(id: string): Result<string, KernelError> {
  return AGENT_ID_PATTERN.test(id)
    ? ok(id)
    : err(invalidArgument('agentId', 'expected 1–128 letters, digits, "_" or "-"'));
}
