import { z } from 'zod';

/** One consensus voter's reply. */
export const VoteReplySchema = z.strictObject({
  approved: z.boolean(),
  confidence: z.number().min(0).max(1),
  reasoning: z.string(),
});
