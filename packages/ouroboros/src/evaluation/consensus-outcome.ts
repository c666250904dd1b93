import { err, ok, type Result } from 'neverthrow';
import { insufficientVotes } from '../errors/constructors.js';
import type { InsufficientVotesError } from '../errors/ouroboros-error.js';
import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import { roundScore } from '../protocol/round-score.js';
import type { ConsensusResult, ConsensusTrigger, ConsensusVote } from './evaluation-result.js';

/** What stage 3 decides about. */
export interface ConsensusSubject {
  readonly criterionKey: string;
  readonly trigger: ConsensusTrigger;
  /** Stage 2's reward-hacking risk; ≥ 0.7 vetoes a consensus approval too. */
  readonly rewardHackingRisk: number;
}

/**
 * Stage-3 consensus: approved when approving ÷ collected votes ≥ 0.66 (so 2 of 3 approve, 1 of 3
 * does not), then the reward-hacking veto. Fewer than 2 collected votes is an error, not a rejection.
 */
export function consensusOutcome(
  votes: readonly ConsensusVote[],
  subject: ConsensusSubject,
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): Result<ConsensusResult, InsufficientVotesError> {
  if (votes.length < config.evaluation.minVotes) {
    return err(insufficientVotes(votes.length, config.evaluation.minVotes));
  }
  const ratio = votes.filter((vote) => vote.approved).length / votes.length;
  const majority = ratio >= config.evaluation.consensusMajority;
  const vetoed = majority && subject.rewardHackingRisk >= config.evaluation.rewardHackingVeto;
  return ok({
    stage: 'consensus',
    criterionKey: subject.criterionKey,
    trigger: subject.trigger,
    votes,
    ratio: roundScore(ratio),
    approved: majority && !vetoed,
    vetoed,
  });
}
