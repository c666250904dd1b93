import { err, ok, type ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import { computeAmbiguity } from '../ambiguity/compute-ambiguity.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { Transcript } from '../interview/transcript.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { clarityPrompt } from './prompts/clarity-prompt.js';
import { BrownfieldClarityReplySchema, GreenfieldClarityReplySchema } from './replies/clarity-reply.js';
import { transcriptMessages } from './transcript-messages.js';

/** Input to {@link scoreClarity}. */
export interface ClarityRequest {
  readonly transcript: Transcript;
  /** Existing project: also score context, with brownfield weights. */
  readonly brownfield: boolean;
  readonly signal?: AbortSignal;
}

type ClarityReply = z.output<typeof GreenfieldClarityReplySchema> & {
  readonly context?: z.output<typeof BrownfieldClarityReplySchema>['context'];
};

/**
 * Asks the model to judge clarity per dimension (temperature 0.1) and computes the ambiguity
 * from it. The model proposes numbers; only {@link computeAmbiguity} decides.
 */
export function scoreClarity(
  context: EngineContext,
  request: ClarityRequest,
): ResultAsync<AmbiguityScore, OuroborosError> {
  const accept = (reply: ClarityReply) =>
    computeAmbiguity(
      {
        goal: reply.goal.score,
        constraints: reply.constraints.score,
        successCriteria: reply.successCriteria.score,
        ...(reply.context === undefined ? {} : { context: reply.context.score }),
      },
      {
        brownfield: request.brownfield,
        config: context.config,
        justifications: {
          goal: reply.goal.justification,
          constraints: reply.constraints.justification,
          successCriteria: reply.successCriteria.justification,
          ...(reply.context === undefined ? {} : { context: reply.context.justification }),
        },
      },
    ).match(
      (score) => ok(score),
      (error) => err([error.message]),
    );
  const common = {
    operation: 'score-clarity',
    system: clarityPrompt(request.brownfield),
    messages: transcriptMessages(request.transcript),
    temperature: context.config.temperatures.clarity,
    accept,
    signal: request.signal,
  } as const;
  return request.brownfield
    ? completeStructured(context, {
        ...common,
        schemaName: 'clarity_scores_brownfield',
        schema: BrownfieldClarityReplySchema,
      })
    : completeStructured(context, { ...common, schemaName: 'clarity_scores', schema: GreenfieldClarityReplySchema });
}
