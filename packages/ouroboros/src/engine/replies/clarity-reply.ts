import { z } from 'zod';

const dimension = z.strictObject({
  score: z.number().min(0).max(1).describe('Clarity from 0 (unclear) to 1 (perfectly clear).'),
  justification: z.string(),
});

/** Clarity scores for new work: goal, constraints, success criteria. */
export const GreenfieldClarityReplySchema = z.strictObject({
  goal: dimension,
  constraints: dimension,
  successCriteria: dimension,
});

/** Clarity scores for work on an existing project: the three of greenfield plus context. */
export const BrownfieldClarityReplySchema = GreenfieldClarityReplySchema.extend({ context: dimension });
