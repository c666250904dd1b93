import { ok, type ResultAsync } from 'neverthrow';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { SemanticJudgement } from '../evaluation/evaluation-result.js';
import type { AcceptanceCriterion, Seed } from '../seed/seed.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { evidenceMessage } from './evidence-message.js';
import { judgePrompt } from './prompts/judge-prompt.js';
import { JudgementReplySchema } from './replies/judgement-reply.js';

/** Input to {@link judgeSemantic} and the other per-criterion evaluations. */
export interface SemanticRequest {
  readonly seed: Seed;
  readonly criterion: AcceptanceCriterion;
  /** The artifact as text (files, output, a summary); cut at the configured character limit. */
  readonly artifact: string;
  readonly signal?: AbortSignal;
}

/** Stage 2: asks the semantic judge about one criterion (temperature 0.2). */
export function judgeSemantic(
  context: EngineContext,
  request: SemanticRequest,
): ResultAsync<SemanticJudgement, OuroborosError> {
  const { seed, criterion, artifact } = request;
  return completeStructured(context, {
    operation: 'judge-semantic',
    system: judgePrompt(),
    messages: [
      {
        role: 'user',
        content: evidenceMessage(seed, criterion, artifact, context.config.evaluation.artifactCharLimit),
      },
    ],
    temperature: context.config.temperatures.semantic,
    schemaName: 'semantic_judgement',
    schema: JudgementReplySchema,
    accept: (reply) => ok(reply),
    signal: request.signal,
  });
}
