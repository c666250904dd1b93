import { ok, type ResultAsync } from 'neverthrow';
import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { Transcript } from '../interview/transcript.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { questionPrompt } from './prompts/question-prompt.js';
import { QuestionReplySchema } from './replies/question-reply.js';
import { transcriptMessages } from './transcript-messages.js';

/** Input to {@link generateQuestion}. */
export interface QuestionRequest {
  readonly transcript: Transcript;
  readonly brownfield: boolean;
  /** The latest score, to steer towards the weakest dimension; null before scoring starts. */
  readonly ambiguity?: AmbiguityScore | null;
  readonly signal?: AbortSignal;
}

/** Asks the model for the next interview question (temperature 0.7). */
export function generateQuestion(
  context: EngineContext,
  request: QuestionRequest,
): ResultAsync<string, OuroborosError> {
  const round = request.transcript.rounds.filter((entry) => entry.answer !== null).length + 1;
  return completeStructured(context, {
    operation: 'generate-question',
    system: questionPrompt(round, request.brownfield, request.ambiguity ?? null, context.config),
    messages: transcriptMessages(request.transcript),
    temperature: context.config.temperatures.question,
    schemaName: 'interview_question',
    schema: QuestionReplySchema,
    accept: (reply) => ok(reply.question.trim()),
    signal: request.signal,
  });
}
