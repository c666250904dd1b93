import { PERSONA_ID_RULE } from '@oxios/kernel';
import { z } from 'zod';

/** A persona id on the command line. */
export const PersonaIdSchema = z.string().regex(PERSONA_ID_RULE.pattern, { error: PERSONA_ID_RULE.description });
