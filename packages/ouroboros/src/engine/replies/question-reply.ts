import { z } from 'zod';

/** The interviewer's reply: exactly one question. */
export const QuestionReplySchema = z.strictObject({
  question: z.string().regex(/\S/, 'must not be blank').max(2_000).describe('One question of one or two sentences.'),
});
