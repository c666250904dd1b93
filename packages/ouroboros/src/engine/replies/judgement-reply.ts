import { z } from 'zod';

const unit = z.number().min(0).max(1);

/** The semantic judge's reply. */
export const JudgementReplySchema = z.strictObject({
  score: unit.describe('How well the artifact satisfies the criterion.'),
  criterionMet: z.boolean(),
  goalAlignment: unit,
  drift: unit.describe('How far the artifact strays from the seed (0 = not at all).'),
  uncertainty: unit.describe('How unsure this judgement is.'),
  rewardHackingRisk: unit.describe('Likelihood of hard-coded outputs, test-only branches or placeholders.'),
  reasoning: z.string(),
  evidence: z.array(z.string()).describe('Lines of the artifact this judgement rests on.'),
});
