/** The three evaluation stages: mechanical (free checks), semantic (one LLM), consensus (votes). */
export type EvaluationStage = 'mechanical' | 'semantic' | 'consensus';

/** What the host observed when it ran a criterion's success contract in the sandbox. */
export interface MechanicalObservation {
  /** Exit code of `verify`; null when the command could not run or was killed. */
  readonly exitCode: number | null;
  /** Combined stdout and stderr of `verify`. */
  readonly output: string;
  /** Which of the expected artifacts exist afterwards. */
  readonly presentArtifacts: readonly string[];
}

/** Why a mechanical check failed. */
export type MechanicalFailure =
  | { readonly reason: 'not-run' }
  | { readonly reason: 'exit-code'; readonly exitCode: number | null }
  | { readonly reason: 'artifact-missing'; readonly path: string }
  | { readonly reason: 'assertion-missing'; readonly assertion: string };

/** Stage 1: the success contract, checked without an LLM. `skipped` when the criterion has none. */
export interface MechanicalResult {
  readonly stage: 'mechanical';
  readonly criterionKey: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  readonly failures: readonly MechanicalFailure[];
}

/** A semantic judge's reading of an artifact against one criterion; every number in [0, 1]. */
export interface SemanticJudgement {
  readonly score: number;
  /** Does the artifact meet the criterion? */
  readonly criterionMet: boolean;
  readonly goalAlignment: number;
  readonly drift: number;
  readonly uncertainty: number;
  /** Likelihood of gaming: hard-coded outputs, test-only branches, placeholders. */
  readonly rewardHackingRisk: number;
  readonly reasoning: string;
  /** Lines of the artifact the judgement rests on. */
  readonly evidence: readonly string[];
}

/** Why stage 3 runs, in priority order (the first that holds wins). */
export type ConsensusTrigger =
  | 'manual-request'
  | 'seed-modification'
  | 'ontology-evolution'
  | 'goal-interpretation'
  | 'seed-drift-alert'
  | 'semantic-uncertainty'
  | 'lateral-thinking-adoption';

/** Stage 2: one semantic judgement and what it decided. */
export interface SemanticResult {
  readonly stage: 'semantic';
  readonly criterionKey: string;
  readonly judgement: SemanticJudgement;
  /** Met, score ≥ 0.8 and not vetoed. */
  readonly approved: boolean;
  /** True when a reward-hacking risk ≥ 0.7 turned an approval into a rejection. */
  readonly vetoed: boolean;
  /** The consensus trigger that fired, or null. */
  readonly trigger: ConsensusTrigger | null;
}

/** The perspective a consensus voter takes. */
export type VoterRole = 'advocate' | 'devil' | 'judge';

/** One consensus vote. */
export interface ConsensusVote {
  readonly voter: VoterRole;
  readonly approved: boolean;
  readonly confidence: number;
  readonly reasoning: string;
}

/** Stage 3: votes and the majority decision (after the reward-hacking veto). */
export interface ConsensusResult {
  readonly stage: 'consensus';
  readonly criterionKey: string;
  readonly trigger: ConsensusTrigger;
  readonly votes: readonly ConsensusVote[];
  /** Approving ÷ collected votes, rounded to 4 decimals. */
  readonly ratio: number;
  readonly approved: boolean;
  readonly vetoed: boolean;
}

/** The result of one evaluation stage. */
export type EvaluationResult = MechanicalResult | SemanticResult | ConsensusResult;

/** The verdict on one criterion after every stage that ran. */
export interface CriterionEvaluation {
  readonly criterionKey: string;
  /** `unresolved` when no stage could decide (nothing checked it). */
  readonly verdict: 'pass' | 'fail' | 'unresolved';
  /** The stage whose result decided; null when unresolved. */
  readonly decidedBy: EvaluationStage | null;
  readonly stages: readonly EvaluationResult[];
  /** The semantic score, or null when stage 2 did not run. */
  readonly score: number | null;
}

/** The evaluation of a whole seed. */
export interface EvaluationSummary {
  readonly seedId: string;
  readonly generation: number;
  /** One entry per criterion evaluated, in seed order. */
  readonly criteria: readonly CriterionEvaluation[];
  /** True only when every criterion of the seed passed: criteria can veto, never mint, approval. */
  readonly approved: boolean;
  /** Mean semantic score over the criteria that have one (4 decimals), or null. */
  readonly score: number | null;
  /** Keys of criteria not evaluated or unresolved. */
  readonly unresolved: readonly string[];
}
