import { PROGRAM_NAME_RULE } from '@oxios/kernel';
import { z } from 'zod';

/** A program name on the command line. */
export const ProgramNameSchema = z.string().regex(PROGRAM_NAME_RULE.pattern, { error: PROGRAM_NAME_RULE.description });
