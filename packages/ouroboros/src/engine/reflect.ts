import { err, errAsync, ok, type ResultAsync } from 'neverthrow';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { EvaluationSummary } from '../evaluation/evaluation-result.js';
import { deriveNextSeed } from '../evolution/derive-next-seed.js';
import type { ReflectOutput, WonderOutput } from '../evolution/evolution-types.js';
import type { Seed } from '../seed/seed.js';
import { checkEvaluatedSeed } from './check-evaluated-seed.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { reflectPrompt } from './prompts/reflect-prompt.js';
import { renderEvaluation } from './render-evaluation.js';
import { renderSeed } from './render-seed.js';
import { ReflectReplySchema } from './replies/reflect-reply.js';
import { toReflectOutput } from './replies/to-reflect-output.js';

/** Input to {@link reflect}. */
export interface ReflectRequest {
  readonly seed: Seed;
  readonly evaluation: EvaluationSummary;
  readonly wonder: WonderOutput;
  readonly signal?: AbortSignal;
}

function render(request: ReflectRequest): string {
  const questions = request.wonder.questions.map(
    (question) =>
      `- (${question.kind}${question.criterionKeys.length > 0 ? ` ${question.criterionKeys.join(', ')}` : ''}) ${question.text}`,
  );
  return [
    renderSeed(request.seed),
    '',
    'Evaluation:',
    renderEvaluation(request.evaluation),
    '',
    'Open questions:',
    ...(questions.length === 0 ? ['(none)'] : questions),
    ...(request.wonder.tensions.length === 0
      ? []
      : ['Ontology tensions:', ...request.wonder.tensions.map((t) => `- ${t}`)]),
  ].join('\n');
}

/**
 * Evolution step 2, Reflect: patches for the criteria and mutations of the ontology (temperature
 * 0.5). The reply must yield a valid successor seed — unknown keys, conflicting mutations or
 * duplicate criteria are sent back for repair.
 */
export function reflect(context: EngineContext, request: ReflectRequest): ResultAsync<ReflectOutput, OuroborosError> {
  const evaluated = checkEvaluatedSeed(request.seed, request.evaluation);
  if (evaluated.isErr()) return errAsync(evaluated.error);
  // A dry run of the derivation checks the reply against the real rules; the cap is checked by `evolve`.
  const dryRun = {
    id: `${request.seed.id}_next`,
    createdAt: new Date(0).toISOString(),
    maxGenerations: Number.POSITIVE_INFINITY,
  };
  return completeStructured(context, {
    operation: 'reflect',
    system: reflectPrompt(),
    messages: [{ role: 'user', content: render(request) }],
    temperature: context.config.temperatures.reflect,
    schemaName: 'reflect',
    schema: ReflectReplySchema,
    accept: (reply) =>
      toReflectOutput(reply).andThen((output) =>
        deriveNextSeed(request.seed, request.evaluation, output, dryRun).match(
          () => ok(output),
          (error) =>
            err(error.code === 'invalid-seed' ? error.issues.map((i) => `${i.path}: ${i.message}`) : [error.message]),
        ),
      ),
    signal: request.signal,
  });
}
