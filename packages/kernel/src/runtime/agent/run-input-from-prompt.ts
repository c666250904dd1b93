import type { PromptInput } from '../../personas/create-prompt-resolver.js';
import type { AgentRunInput } from './types.js';

/**
 * The part of a run's input the prompt resolver decides (`kernel.prompts.resolve(sessionId)`): the
 * persona (its prompt and model), the selected skills and the enabled programs' SKILL.md. Spread
 * it into {@link AgentRunInput}; the programs' tools come from `createProgramRuntimeTools`.
 */
export function runInputFromPrompt(prompt: PromptInput): Pick<AgentRunInput, 'persona' | 'skills' | 'programs'> {
  return {
    persona: {
      name: prompt.persona.name,
      prompt: prompt.persona.systemPrompt,
      ...(prompt.model === undefined ? {} : { model: prompt.model }),
    },
    skills: prompt.skills.map((skill) => ({ name: skill.name, text: skill.text })),
    programs: prompt.programSkills.map((program) => ({ name: program.program, skill: program.text })),
  };
}
