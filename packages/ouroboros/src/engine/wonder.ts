import { err, errAsync, ok, type ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import type { WonderOutput } from '../evolution/evolution-types.js';
import type { Seed } from '../seed/seed.js';
import { checkEvaluatedSeed } from './check-evaluated-seed.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { wonderPrompt } from './prompts/wonder-prompt.js';
import { renderEvaluation } from './render-evaluation.js';
import { renderSeed } from './render-seed.js';
import { WonderReplySchema } from './replies/wonder-reply.js';

/** Input to {@link wonder}. */
export interface WonderRequest {
  readonly seed: Seed;
  readonly evaluation: EvaluationSummary;
  readonly signal?: AbortSignal;
}

function groundingProblems(seed: Seed, reply: z.output<typeof WonderReplySchema>): string[] {
  const keys = new Set(seed.acceptanceCriteria.map((criterion) => criterion.key));
  return reply.questions.flatMap((question, i) => {
    const path = `questions.${i}.criterionKeys`;
    if (question.kind === 'gap') return question.criterionKeys.length === 0 ? [] : [`${path}: a gap names no criteria`];
    if (question.criterionKeys.length === 0) return [`${path}: a challenge must name the criteria it questions`];
    return question.criterionKeys.filter((key) => !keys.has(key)).map((key) => `${path}: no criterion ${key}`);
  });
}

/** Evolution step 1, Wonder: "what do we still not know?" (temperature 0.7). Questions must be grounded. */
export function wonder(context: EngineContext, request: WonderRequest): ResultAsync<WonderOutput, OuroborosError> {
  const evaluated = checkEvaluatedSeed(request.seed, request.evaluation);
  if (evaluated.isErr()) return errAsync(evaluated.error);
  return completeStructured(context, {
    operation: 'wonder',
    system: wonderPrompt(),
    messages: [
      { role: 'user', content: `${renderSeed(request.seed)}\n\nEvaluation:\n${renderEvaluation(request.evaluation)}` },
    ],
    temperature: context.config.temperatures.wonder,
    schemaName: 'wonder',
    schema: WonderReplySchema,
    accept: (reply) => {
      const problems = groundingProblems(request.seed, reply);
      return problems.length > 0 ? err(problems) : ok(reply);
    },
    signal: request.signal,
  });
}
