import { z } from 'zod';
import { SKILL_NAME_RULE } from '../skills/skill-name.js';
import { PERSONA_ID_RULE } from './persona-id.js';

/** A model id a persona may ask for, e.g. `anthropic/claude-sonnet-4-5`. */
const MODEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,199}$/;
/** Largest system prompt accepted, in characters. */
export const MAX_SYSTEM_PROMPT_LENGTH = 32_768;

const fields = {
  name: z.string().min(1).max(100),
  role: z.string().min(1).max(100).default('assistant'),
  description: z.string().max(1000).default(''),
  traits: z.array(z.string().min(1).max(100)).max(32).default([]),
  /** Skills injected into the prompt of every agent using this persona. */
  skills: z.array(z.string().regex(SKILL_NAME_RULE.pattern, SKILL_NAME_RULE.description)).max(64).default([]),
  /** Model override; the runtime's default model when absent. */
  model: z.string().regex(MODEL_PATTERN, 'expected a model id such as provider/model').optional(),
  enabled: z.boolean().default(true),
};

/** The frontmatter of `personas/<id>.md`; the body is the system prompt. Unknown keys are errors. */
export const PersonaFrontmatterSchema = z.strictObject(fields);

/** What a caller sends to create a persona (HTTP body, CLI). */
export const PersonaInputSchema = z.strictObject({
  id: z.string().regex(PERSONA_ID_RULE.pattern, PERSONA_ID_RULE.description),
  ...fields,
  systemPrompt: z.string().min(1).max(MAX_SYSTEM_PROMPT_LENGTH),
});

/** What a caller may change on a persona. */
export const PersonaUpdateSchema = PersonaInputSchema.omit({ id: true }).partial();

/** Input of a new persona. */
export type PersonaInput = z.input<typeof PersonaInputSchema>;
/** Changes to an existing persona. */
export type PersonaUpdate = z.input<typeof PersonaUpdateSchema>;

/** A persona: a preset of system prompt, skills and model that agents run with. */
export interface Persona {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly description: string;
  readonly traits: readonly string[];
  readonly skills: readonly string[];
  readonly model?: string;
  readonly enabled: boolean;
  readonly systemPrompt: string;
}

/** Used only when no persona file is usable at all (all deleted or disabled). */
export const FALLBACK_PERSONA: Persona = {
  id: 'default',
  name: 'Default',
  role: 'assistant',
  description: 'Used when no persona is available',
  traits: [],
  skills: [],
  enabled: true,
  systemPrompt:
    'You are a helpful AI assistant that follows the Ouroboros methodology: specify before you build, evaluate before you ship.',
};
