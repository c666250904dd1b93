import type { ProgramSkillText } from '../programs/types.js';
import type { SkillText } from '../skills/skill-schema.js';
import type { Persona } from './persona-schema.js';

/**
 * The system prompt of an agent: the persona's prompt, then one `## Skill: <name>` section per
 * selected skill, then one `## Program: <name>` section per enabled program's SKILL.md.
 */
export function renderSystemPrompt(
  persona: Persona,
  skills: readonly SkillText[],
  programSkills: readonly ProgramSkillText[],
): string {
  const sections = [
    persona.systemPrompt.trim(),
    ...skills.map((skill) => `## Skill: ${skill.name}\n\n${skill.text.trim()}`),
    ...programSkills.map((program) => `## Program: ${program.program}\n\n${program.text.trim()}`),
  ];
  return `${sections.join('\n\n')}\n`;
}
