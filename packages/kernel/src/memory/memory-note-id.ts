import type { Result } from 'neverthrow';
import { defineNameRule, SLUG_PATTERN, type NameRule } from '../content/name-rule.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/** The one naming rule of memory notes: the file name (without `.md`) under `memory/<user>/`. */
export const MEMORY_NOTE_ID_RULE: NameRule = defineNameRule(
  'id',
  SLUG_PATTERN,
  'a note id: 1–64 lowercase letters, digits or "-", starting with a letter or digit',
);

/** Validates a note id from outside (tool arguments, HTTP path). */
export function validateMemoryNoteId(id: unknown): Result<string, InvalidArgumentError> {
  return MEMORY_NOTE_ID_RULE.validate(id);
}
