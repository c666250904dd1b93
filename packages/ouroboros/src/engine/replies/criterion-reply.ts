import { z } from 'zod';
import type { CriterionDraft } from '../../seed/seed.js';

/** An acceptance criterion as the model writes it (nullable rather than optional fields). */
export const CriterionReplySchema = z.strictObject({
  description: z.string().describe('An observable outcome, never an implementation step.'),
  verify: z
    .array(z.string())
    .nullable()
    .describe('The verification command as an argv array, e.g. ["npm","test"]; no shell; null when none.'),
  expectedArtifacts: z.array(z.string()).describe('Workspace-relative paths that must exist afterwards.'),
  outputAssertion: z
    .string()
    .nullable()
    .describe('Literal text the verify output must contain; needs verify; null when none.'),
});

/** The criterion draft a reply describes. */
export function toCriterionDraft(reply: z.output<typeof CriterionReplySchema>): CriterionDraft {
  return {
    description: reply.description,
    ...(reply.verify === null ? {} : { verify: reply.verify }),
    expectedArtifacts: reply.expectedArtifacts,
    ...(reply.outputAssertion === null ? {} : { outputAssertion: reply.outputAssertion }),
  };
}
