import { err, ok, ResultAsync } from 'neverthrow';
import { insufficientVotes } from '../errors/constructors.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type { ConsensusVote, SemanticJudgement, VoterRole } from '../evaluation/evaluation-result.js';
import { completeStructured } from './complete-structured.js';
import type { EngineContext } from './engine-context.js';
import { evidenceMessage } from './evidence-message.js';
import type { SemanticRequest } from './judge-semantic.js';
import { votePrompt } from './prompts/vote-prompt.js';
import { VoteReplySchema } from './replies/vote-reply.js';

/** Input to {@link castVotes}. */
export interface VoteRequest extends SemanticRequest {
  /** Stage 2's judgement, shown to the voters. */
  readonly judgement: SemanticJudgement;
}

const VOTERS: readonly VoterRole[] = ['advocate', 'devil', 'judge'];

/**
 * Stage 3: three voters (advocate, devil's advocate, judge) vote in parallel (temperature 0.3).
 * A voter whose call fails is left out; fewer than 2 collected votes is `insufficient-votes`.
 * Cancellation and timeouts are never swallowed.
 */
export function castVotes(context: EngineContext, request: VoteRequest): ResultAsync<ConsensusVote[], OuroborosError> {
  const { seed, criterion, artifact, judgement } = request;
  const content = evidenceMessage(seed, criterion, artifact, context.config.evaluation.artifactCharLimit, judgement);
  const ballots = VOTERS.map((voter) =>
    completeStructured(context, {
      operation: 'cast-vote',
      system: votePrompt(voter),
      messages: [{ role: 'user', content }],
      temperature: context.config.temperatures.consensus,
      schemaName: 'consensus_vote',
      schema: VoteReplySchema,
      accept: (reply) => ok({ voter, ...reply }),
      signal: request.signal,
    }),
  );
  const logger = context.logger.child({ component: 'ouroboros-engine', operation: 'cast-vote' });
  return ResultAsync.fromSafePromise(Promise.all(ballots)).andThen((results) => {
    const stopped = results.find(
      (result) => result.isErr() && (result.error.code === 'aborted' || result.error.code === 'timeout'),
    );
    if (stopped?.isErr() === true) return err(stopped.error);
    const votes = results.flatMap((result) => (result.isOk() ? [result.value] : []));
    for (const result of results) if (result.isErr()) logger.warn({ err: result.error }, 'a voter failed');
    const required = context.config.evaluation.minVotes;
    return votes.length < required ? err(insufficientVotes(votes.length, required)) : ok(votes);
  });
}
