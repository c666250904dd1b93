import type { Result } from 'neverthrow';
import { defineNameRule, SLUG_PATTERN, type NameRule } from '../content/name-rule.js';
import type { InvalidArgumentError } from '../errors/kernel-error.js';

/** The one naming rule of skills: the folder name under `$OXIOS_HOME/skills/`. */
export const SKILL_NAME_RULE: NameRule = defineNameRule(
  'name',
  SLUG_PATTERN,
  'a skill name: 1–64 lowercase letters, digits or "-", starting with a letter or digit',
);

/** Validates a skill name from outside (HTTP path, CLI argument, persona frontmatter). */
export function validateSkillName(name: unknown): Result<string, InvalidArgumentError> {
  return SKILL_NAME_RULE.validate(name);
}
