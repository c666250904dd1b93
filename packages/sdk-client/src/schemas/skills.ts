import { z } from 'zod';
import { SlugNameSchema } from './names.js';

/** Host commands and agent tools a skill expects. */
export const SkillRequirementsSchema = z.object({
  host_tools: z.array(z.string()),
  tools: z.array(z.string()),
});

/** A skill as listed. */
export const SkillSummarySchema = z.object({
  name: z.string(),
  description: z.string(),
  requirements: SkillRequirementsSchema,
});
export type SkillSummary = z.infer<typeof SkillSummarySchema>;

/** A skill: reusable instructions injected into an agent's system prompt. */
export const SkillSchema = SkillSummarySchema.extend({ body: z.string() });
export type Skill = z.infer<typeof SkillSchema>;

export const SkillListSchema = z.object({ items: z.array(SkillSummarySchema) });
export type SkillList = z.infer<typeof SkillListSchema>;

const requirements = z.strictObject({
  /** Bare command names (the kernel refuses paths and shells). */
  host_tools: z.array(z.string().min(1).max(128)).max(64).optional(),
  tools: z.array(z.string().min(1).max(128)).max(64).optional(),
});

/** `POST /api/skills`. */
export const CreateSkillRequestSchema = z.strictObject({
  name: SlugNameSchema,
  description: z.string().min(1).max(1024),
  body: z.string().max(65_536),
  requirements: requirements.optional(),
});
export type CreateSkillRequest = z.infer<typeof CreateSkillRequestSchema>;

/** `PATCH /api/skills/:name`: the fields to change. */
export const UpdateSkillRequestSchema = CreateSkillRequestSchema.omit({ name: true }).partial();
export type UpdateSkillRequest = z.infer<typeof UpdateSkillRequestSchema>;

/** `DELETE` of a skill, persona or memory note. */
export const RemovedSchema = z.object({ removed: z.literal(true) });
export type Removed = z.infer<typeof RemovedSchema>;
