import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import type { InterviewRound } from './transcript.js';

/** What the interview has reached; a `SessionState` satisfies it. */
export interface InterviewProgress {
  readonly rounds: readonly InterviewRound[];
  /** The score for the latest answer; cleared whenever a new answer arrives. */
  readonly ambiguity: AmbiguityScore | null;
  /** The round the latest scoring attempt (successful or not) was for; 0 before any. */
  readonly scoredRound: number;
  /** Consecutive qualifying scores. */
  readonly streak: number;
}

/**
 * The next interview step:
 * - `await-answer` while a question is unanswered;
 * - `score` once at least 3 rounds are answered and the latest answer is not yet scored;
 * - `complete` when the latest score qualifies and the streak has reached 2;
 * - `ask` otherwise.
 */
export type InterviewStep = 'await-answer' | 'score' | 'complete' | 'ask';

/** Decides the next interview step from the progress so far. */
export function nextInterviewStep(
  progress: InterviewProgress,
  config: ProtocolConfig = DEFAULT_PROTOCOL_CONFIG,
): InterviewStep {
  const last = progress.rounds.at(-1);
  if (last !== undefined && last.answer === null) return 'await-answer';
  const answered = progress.rounds.length;
  if (answered >= config.ambiguity.minRoundsBeforeScoring && progress.scoredRound < answered) return 'score';
  if (progress.ambiguity?.qualifies === true && progress.streak >= config.ambiguity.streakRequired) return 'complete';
  return 'ask';
}
