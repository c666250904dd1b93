/** The clarity dimensions every interview is scored on. */
export type CoreDimension = 'goal' | 'constraints' | 'successCriteria';

/** All clarity dimensions; `context` is scored only for brownfield (existing-project) work. */
export type Dimension = CoreDimension | 'context';

/** Every threshold and weight of the protocol, defined once and read everywhere. */
export interface ProtocolConfig {
  readonly ambiguity: {
    /** A seed may be created when ambiguity ≤ this (inclusive). */
    readonly threshold: number;
    readonly greenfieldWeights: Readonly<Record<CoreDimension, number>>;
    readonly brownfieldWeights: Readonly<Record<Dimension, number>>;
    /** Auto-completion needs every scored dimension at or above its floor. */
    readonly floors: Readonly<Record<Dimension, number>>;
    /** Consecutive qualifying scores needed before the interview completes on its own. */
    readonly streakRequired: number;
    /** Scoring starts once this many rounds are answered. */
    readonly minRoundsBeforeScoring: number;
    /** At or below this ambiguity the interviewer switches to closing questions. */
    readonly closerActivation: number;
    /** Milestone cut-offs: ambiguity ≤ `progress` → progress, ≤ `refined` → refined, ≤ `ready` → ready. */
    readonly milestones: { readonly progress: number; readonly refined: number; readonly ready: number };
  };
  readonly evaluation: {
    /** Stage 2 approves when the criterion is met and score ≥ this. */
    readonly semanticApproval: number;
    /** A reward-hacking risk ≥ this turns any approval into a rejection. */
    readonly rewardHackingVeto: number;
    /** Drift strictly above this triggers consensus. */
    readonly driftTrigger: number;
    /** Uncertainty strictly above this triggers consensus. */
    readonly uncertaintyTrigger: number;
    /** Consensus approves when approving ÷ collected votes ≥ this. */
    readonly consensusMajority: number;
    /** Fewer collected votes than this is an error, not a rejection. */
    readonly minVotes: number;
    /** Upper bound on characters of artifact text sent to a judge. */
    readonly artifactCharLimit: number;
  };
  readonly evolution: {
    /** Ontology similarity ≥ this counts as "no change". */
    readonly convergence: number;
    /** Generations inspected for "no change" stagnation. */
    readonly window: number;
    /** Consecutive evaluation scores closer than this are a plateau. */
    readonly plateauEpsilon: number;
    /** Share of the latest Wonder questions seen before that counts as repetition. */
    readonly repeatOverlap: number;
    /** Ontology-stable convergence is considered only from this many completed generations. */
    readonly minGenerations: number;
    /** No generation may be created beyond this number. */
    readonly maxGenerations: number;
    /** The outcome gate needs an evaluation score ≥ this. */
    readonly evalMinScore: number;
  };
  /** Sampling temperature per engine operation. */
  readonly temperatures: {
    readonly question: number;
    readonly clarity: number;
    readonly extraction: number;
    readonly semantic: number;
    readonly consensus: number;
    readonly wonder: number;
    readonly reflect: number;
  };
}

/** Generation caps of the reference protocol: the evolution loop, the Ralph loop, auto-evolve after a run. */
export const GENERATION_CAPS = Object.freeze({ loop: 30, ralph: 10, autoEvolve: 3 });

/** The reference protocol's numbers (Q00/ouroboros v0.51), frozen. */
export const DEFAULT_PROTOCOL_CONFIG: ProtocolConfig = Object.freeze({
  ambiguity: Object.freeze({
    threshold: 0.2,
    greenfieldWeights: Object.freeze({ goal: 0.4, constraints: 0.3, successCriteria: 0.3 }),
    brownfieldWeights: Object.freeze({ goal: 0.35, constraints: 0.25, successCriteria: 0.25, context: 0.15 }),
    floors: Object.freeze({ goal: 0.75, constraints: 0.65, successCriteria: 0.7, context: 0.6 }),
    streakRequired: 2,
    minRoundsBeforeScoring: 3,
    closerActivation: 0.25,
    milestones: Object.freeze({ progress: 0.4, refined: 0.3, ready: 0.2 }),
  }),
  evaluation: Object.freeze({
    semanticApproval: 0.8,
    rewardHackingVeto: 0.7,
    driftTrigger: 0.3,
    uncertaintyTrigger: 0.3,
    consensusMajority: 0.66,
    minVotes: 2,
    artifactCharLimit: 150_000,
  }),
  evolution: Object.freeze({
    convergence: 0.95,
    window: 3,
    plateauEpsilon: 0.01,
    repeatOverlap: 0.7,
    minGenerations: 3,
    maxGenerations: GENERATION_CAPS.loop,
    evalMinScore: 0.7,
  }),
  temperatures: Object.freeze({
    question: 0.7,
    clarity: 0.1,
    extraction: 0.2,
    semantic: 0.2,
    consensus: 0.3,
    wonder: 0.7,
    reflect: 0.5,
  }),
});
