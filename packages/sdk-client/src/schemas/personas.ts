import { z } from 'zod';
import { SlugNameSchema } from './names.js';

/** A persona: a preset of system prompt, skills and model that agents run with. */
export const PersonaSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  description: z.string(),
  traits: z.array(z.string()),
  skills: z.array(z.string()),
  model: z.string().optional(),
  enabled: z.boolean(),
  systemPrompt: z.string(),
});
export type Persona = z.infer<typeof PersonaSchema>;

/** `GET /api/personas`: every persona and the id of the global default. */
export const PersonaListSchema = z.object({ items: z.array(PersonaSchema), defaultId: z.string() });
export type PersonaList = z.infer<typeof PersonaListSchema>;

const fields = {
  name: z.string().min(1).max(100),
  role: z.string().min(1).max(100).optional(),
  description: z.string().max(1000).optional(),
  traits: z.array(z.string().min(1).max(100)).max(32).optional(),
  skills: z.array(SlugNameSchema).max(64).optional(),
  model: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,199}$/, 'expected a model id such as provider/model')
    .optional(),
  enabled: z.boolean().optional(),
  systemPrompt: z.string().min(1).max(32_768),
};

/** `POST /api/personas`. */
export const CreatePersonaRequestSchema = z.strictObject({ id: SlugNameSchema, ...fields });
export type CreatePersonaRequest = z.infer<typeof CreatePersonaRequestSchema>;

/** `PATCH /api/personas/:id`: the fields to change. */
export const UpdatePersonaRequestSchema = z.strictObject(fields).partial();
export type UpdatePersonaRequest = z.infer<typeof UpdatePersonaRequestSchema>;

/** `PUT /api/sessions/:id/persona`: the session's persona, or `null` for the global default. */
export const SessionPersonaRequestSchema = z.strictObject({ personaId: SlugNameSchema.nullable() });
export type SessionPersonaRequest = z.infer<typeof SessionPersonaRequestSchema>;
