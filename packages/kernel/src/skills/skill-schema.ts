import { z } from 'zod';
import { isBareCommandName } from '../exec/command-name.js';
import { SKILL_NAME_RULE } from './skill-name.js';

/** Largest SKILL.md body accepted, in bytes. */
export const MAX_SKILL_BYTES = 65_536;

/** `requirements` of a skill: host commands and agent tools it expects. */
export const SkillRequirementsSchema = z.strictObject({
  host_tools: z.array(z.string().refine(isBareCommandName, 'expected a bare command name')).default([]),
  tools: z.array(z.string().min(1).max(128)).default([]),
});

/**
 * The frontmatter of `skills/<name>/SKILL.md`. Keys other tools write (`license`, `version`, …)
 * are ignored; `name` must equal the folder name.
 */
export const SkillFrontmatterSchema = z.object({
  name: z.string().regex(SKILL_NAME_RULE.pattern, SKILL_NAME_RULE.description),
  description: z.string().min(1).max(1024),
  requirements: SkillRequirementsSchema.optional(),
});

/** What a caller sends to create a skill (HTTP body, CLI). */
export const SkillInputSchema = z.strictObject({
  name: z.string().regex(SKILL_NAME_RULE.pattern, SKILL_NAME_RULE.description),
  description: z.string().min(1).max(1024),
  body: z.string().max(MAX_SKILL_BYTES),
  requirements: SkillRequirementsSchema.optional(),
});

/** Input of a new skill. */
export type SkillInput = z.input<typeof SkillInputSchema>;
/** Requirements of a skill, with defaults filled in. */
export type SkillRequirements = z.infer<typeof SkillRequirementsSchema>;

/** A skill: reusable instructions injected into an agent's system prompt. */
export interface Skill {
  readonly name: string;
  readonly description: string;
  readonly requirements: SkillRequirements;
  /** The markdown after the frontmatter. */
  readonly body: string;
  /** Absolute path of its SKILL.md. */
  readonly path: string;
}

/** A skill as listed (without its body). */
export type SkillSummary = Omit<Skill, 'body'>;

/** The text of a selected skill, for the system prompt. */
export interface SkillText {
  readonly name: string;
  readonly text: string;
}
