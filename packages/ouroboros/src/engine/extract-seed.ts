import { err, errAsync, ok, type ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import { gateClosed } from '../errors/constructors.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { GateRecord } from '../gate/check-seed-gate.js';
import type { Transcript } from '../interview/transcript.js';
import { createSeed } from '../seed/create-seed.js';
import type { Seed } from '../seed/seed.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { seedPrompt } from './prompts/seed-prompt.js';
import { argvProblems } from './replies/argv-problems.js';
import { toCriterionDraft } from './replies/criterion-reply.js';
import { SeedReplySchema } from './replies/seed-reply.js';
import { transcriptMessages } from './transcript-messages.js';

/** Input to {@link extractSeed}. */
export interface SeedExtractionRequest {
  /** The interview; the person's request and answers reach the model verbatim. */
  readonly transcript: Transcript;
  readonly brownfield: boolean;
  /** The record `checkSeedGate` returned; a closed gate is refused before any LLM call. */
  readonly gate: GateRecord;
  readonly signal?: AbortSignal;
}

/**
 * Extracts the generation-1 seed from the interview (temperature 0.2). The reply must form a
 * valid seed — invalid paths, shell strings in argv or missing criteria are sent back for repair.
 */
export function extractSeed(context: EngineContext, request: SeedExtractionRequest): ResultAsync<Seed, OuroborosError> {
  const { gate } = request;
  const threshold = context.config.ambiguity.threshold;
  if (!gate.forced && (gate.ambiguity === null || gate.ambiguity > threshold)) {
    return errAsync(gateClosed(gate.ambiguity, threshold));
  }
  const identity = {
    id: context.createSeedId(),
    createdAt: context.now().toISOString(),
    generation: 1,
    parentId: null,
    gate,
  };
  const accept = (reply: z.output<typeof SeedReplySchema>) => {
    const problems = reply.acceptanceCriteria.flatMap((criterion, i) =>
      argvProblems(criterion.verify, `acceptanceCriteria.${i}`),
    );
    if (problems.length > 0) return err(problems);
    const draft = {
      ...reply,
      brownfield: request.brownfield,
      acceptanceCriteria: reply.acceptanceCriteria.map(toCriterionDraft),
    };
    return createSeed(draft, identity).match(
      (seed) => ok(seed),
      (error) => err(error.issues.map((issue) => `${issue.path}: ${issue.message}`)),
    );
  };
  return completeStructured(context, {
    operation: 'extract-seed',
    system: seedPrompt(request.brownfield),
    messages: transcriptMessages(request.transcript),
    temperature: context.config.temperatures.extraction,
    schemaName: 'seed',
    schema: SeedReplySchema,
    accept,
    signal: request.signal,
  });
}
