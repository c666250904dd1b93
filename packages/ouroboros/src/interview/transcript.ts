/** One interview round: the question asked and the person's answer, word for word (null until answered). */
export interface InterviewRound {
  /** 1-based round number. */
  readonly round: number;
  readonly question: string;
  readonly answer: string | null;
}

/** What the person said: the initial request and every round, verbatim. */
export interface Transcript {
  /** The person's initial request, verbatim. */
  readonly idea: string;
  readonly rounds: readonly InterviewRound[];
}
