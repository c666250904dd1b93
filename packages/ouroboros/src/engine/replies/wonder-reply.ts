import { z } from 'zod';

/** The Wonder step's reply. */
export const WonderReplySchema = z.strictObject({
  questions: z.array(
    z.strictObject({
      text: z.string().regex(/\S/, 'must not be blank'),
      kind: z.enum(['challenge', 'gap']),
      criterionKeys: z.array(z.string()).describe('Keys of the criteria a challenge questions; empty for a gap.'),
    }),
  ),
  tensions: z.array(z.string()),
  shouldContinue: z.boolean(),
  reasoning: z.string(),
});
