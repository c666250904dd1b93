import type { Result } from 'neverthrow';
import { defineNameRule, type NameRule } from '../content/name-rule.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/**
 * The naming rule of memory owners: the folder name under `memory/`. It is the shape of token
 * user names, so every authenticated user has a memory of their own.
 */
export const MEMORY_USER_ID_RULE: NameRule = defineNameRule(
  'userId',
  /^[a-z0-9][a-z0-9._-]{0,63}$/,
  'a user name: 1–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
);

/** Validates the owner of a memory. */
export function validateMemoryUserId(userId: unknown): Result<string, InvalidArgumentError> {
  return MEMORY_USER_ID_RULE.validate(userId);
}
