import { SKILL_NAME_RULE } from '@oxios/kernel';
import { z } from 'zod';

/** A skill name on the command line. */
export const SkillNameSchema = z.string().regex(SKILL_NAME_RULE.pattern, { error: SKILL_NAME_RULE.description });
