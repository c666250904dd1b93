import { err, ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { ProgramToolDescriptor } from '../programs/tools/tool-descriptor.js';
import type { ProgramManager, ProgramSkillText } from '../programs/types.js';
import { SKILL_NAME_RULE, validateSkillName } from '../skills/skill-name.js';
import type { SkillStore } from '../skills/create-skill-store.js';
import type { SkillText } from '../skills/skill-schema.js';
import type { SessionRecord, SessionRepository } from '../store/repositories/session-repository.js';
import type { Persona } from './persona-schema.js';
import { renderSystemPrompt } from './render-system-prompt.js';
import type { PersonaManager } from './types.js';

/** Everything an agent's prompt is built from, resolved for one session at one moment. */
export interface PromptInput {
  readonly persona: Persona;
  /** The persona's model override, when it has one. */
  readonly model?: string;
  /** The persona's skills, then the session's own selection (each once). */
  readonly skills: readonly SkillText[];
  /** SKILL.md texts of the enabled programs. */
  readonly programSkills: readonly ProgramSkillText[];
  /** Tools of the enabled programs. */
  readonly tools: readonly ProgramToolDescriptor[];
  /** The rendered system prompt ({@link renderSystemPrompt}). */
  readonly systemPrompt: string;
}

/** Resolves prompt inputs; read by the agent runtime and the orchestrator when an agent starts. */
export interface PromptResolver {
  /** What the next agent of `sessionId` (or of no session) gets, read fresh from the subsystems. */
  resolve(sessionId?: string): Result<PromptInput, KernelError>;
  /** Selects skills for one session (kept in the session's metadata as `skills`). */
  setSessionSkills(sessionId: string, names: readonly string[]): Result<SessionRecord, KernelError>;
}

/** Dependencies of {@link createPromptResolver}: the kernel's single instances. */
export interface PromptResolverOptions {
  readonly personas: PersonaManager;
  readonly skills: SkillStore;
  readonly programs: ProgramManager;
  readonly sessions: SessionRepository;
}

function sessionSkills(session: SessionRecord | undefined): string[] {
  const selected = session?.metadata.skills;
  return Array.isArray(selected) ? selected.filter((name): name is string => SKILL_NAME_RULE.test(name)) : [];
}

/** Creates the prompt resolver over the kernel's persona manager, skill store and program manager. */
export function createPromptResolver(options: PromptResolverOptions): PromptResolver {
  return {
    resolve(sessionId) {
      const session: Result<SessionRecord | undefined, KernelError> =
        sessionId === undefined ? ok(undefined) : options.sessions.get(sessionId);
      return session.andThen((record) =>
        options.personas.resolvePersona(sessionId).andThen((persona) =>
          options.skills.texts([...persona.skills, ...sessionSkills(record)]).andThen((skills) =>
            options.programs.skillTexts().andThen((programSkills) =>
              options.programs.toolDescriptors().map((tools) => ({
                persona,
                ...(persona.model === undefined ? {} : { model: persona.model }),
                skills,
                programSkills,
                tools,
                systemPrompt: renderSystemPrompt(persona, skills, programSkills),
              })),
            ),
          ),
        ),
      );
    },
    setSessionSkills(sessionId, names) {
      for (const name of names) {
        const valid = validateSkillName(name);
        if (valid.isErr()) return err(valid.error);
      }
      return options.sessions
        .get(sessionId)
        .andThen((session) =>
          options.sessions.update(sessionId, { metadata: { ...session.metadata, skills: [...new Set(names)] } }),
        );
    },
  };
}
