import type { Result } from 'neverthrow';
import { defineNameRule, SLUG_PATTERN, type NameRule } from '../content/name-rule.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/** The one naming rule of personas: the file name (without `.md`) under `$OXIOS_HOME/personas/`. */
export const PERSONA_ID_RULE: NameRule = defineNameRule(
  'personaId',
  SLUG_PATTERN,
  'a persona id: 1–64 lowercase letters, digits or "-", starting with a letter or digit',
);

/** Validates a persona id from outside (HTTP path, CLI argument, session override). */
export function validatePersonaId(id: unknown): Result<string, InvalidArgumentError> {
  return PERSONA_ID_RULE.validate(id);
}
