import type { Result } from 'neverthrow';
import { defineNameRule, SLUG_PATTERN, type NameRule } from '../content/name-rule.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/** The one naming rule of programs: the folder name under `$OXIOS_HOME/programs/`. */
export const PROGRAM_NAME_RULE: NameRule = defineNameRule(
  'name',
  SLUG_PATTERN,
  'a program name: 1–64 lowercase letters, digits or "-", starting with a letter or digit',
);

/** Validates a program name from outside (program.toml, HTTP path, CLI argument). */
export function validateProgramName(name: unknown): Result<string, InvalidArgumentError> {
  return PROGRAM_NAME_RULE.validate(name);
}
