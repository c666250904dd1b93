/**
 * @oxios/ouroboros — the Ouroboros spec-first protocol: interview → seed → execute → evaluate →
 * evolve. Typed data, pure gates and scores, event-sourced state, and an engine that reaches an
 * LLM only through {@link LlmPort}.
 *
 * Every export is named. Expected failures are returned as `Result`/`ResultAsync` values carrying
 * an {@link OuroborosError}.
 */

// errors
export type {
  AbortedError,
  GateClosedError,
  GenerationCapError,
  InsufficientVotesError,
  InvalidEventError,
  InvalidInputError,
  InvalidSeedError,
  LlmFailedError,
  LlmReplyInvalidError,
  OuroborosError,
  OuroborosErrorCode,
  OuroborosOperation,
  TimeoutError,
  ValidationIssue,
} from './errors/ouroboros-error.js';
export {
  abortedError,
  gateClosed,
  generationCap,
  insufficientVotes,
  invalidEvent,
  invalidInput,
  invalidSeed,
  llmFailed,
  llmReplyInvalid,
  timeoutError,
} from './errors/constructors.js';
export { isOuroborosError, OUROBOROS_ERROR_CODES } from './errors/is-ouroboros-error.js';

// protocol
export { PHASES, type Phase } from './protocol/phase.js';
export {
  DEFAULT_PROTOCOL_CONFIG,
  GENERATION_CAPS,
  type CoreDimension,
  type Dimension,
  type ProtocolConfig,
} from './protocol/protocol-config.js';
export { noopLogger, type Logger } from './logger.js';

// interview and ambiguity
export type { AmbiguityScore, ClarityScores, Milestone } from './ambiguity/ambiguity-score.js';
export { computeAmbiguity, type ComputeAmbiguityOptions } from './ambiguity/compute-ambiguity.js';
export { milestoneFor } from './ambiguity/milestone-for.js';
export { floorFailures } from './ambiguity/floor-failures.js';
export { nextStreak } from './ambiguity/next-streak.js';
export type { InterviewRound, Transcript } from './interview/transcript.js';
export { nextInterviewStep, type InterviewProgress, type InterviewStep } from './interview/next-interview-step.js';
export { checkSeedGate, type GateRecord, type SeedGateRequest } from './gate/check-seed-gate.js';

// seed
export {
  TASK_TYPES,
  type AcceptanceCriterion,
  type CriterionDraft,
  type EvaluationPrinciple,
  type ExitCondition,
  type Ontology,
  type OntologyField,
  type Seed,
  type SeedDraft,
  type TaskType,
} from './seed/seed.js';
export { SeedSchema, SeedDraftSchema } from './seed/seed-schema.js';
export { validateSeed } from './seed/validate-seed.js';
export { createSeed, type SeedIdentity } from './seed/create-seed.js';
export { createSeedId } from './seed/create-seed-id.js';
export { criterionKey } from './seed/criterion-key.js';
export { deepFreeze } from './seed/deep-freeze.js';
export { artifactPathProblem } from './seed/artifact-path-problem.js';

// evaluation
export type {
  ConsensusResult,
  ConsensusTrigger,
  ConsensusVote,
  CriterionEvaluation,
  EvaluationResult,
  EvaluationStage,
  EvaluationSummary,
  MechanicalFailure,
  MechanicalObservation,
  MechanicalResult,
  SemanticJudgement,
  SemanticResult,
  VoterRole,
} from './evaluation/evaluation-result.js';
export { mechanicalVerdict } from './evaluation/mechanical-verdict.js';
export { semanticApproval, type SemanticApproval } from './evaluation/semantic-approval.js';
export { firstConsensusTrigger, type TriggerSignals } from './evaluation/first-consensus-trigger.js';
export { semanticStage, type EvaluationSignals } from './evaluation/semantic-stage.js';
export { consensusOutcome, type ConsensusSubject } from './evaluation/consensus-outcome.js';
export { decideCriterion } from './evaluation/decide-criterion.js';
export { summarizeEvaluation } from './evaluation/summarize-evaluation.js';

// evolution
export type {
  CriterionPatch,
  DerivedSeed,
  Evolution,
  OntologyMutation,
  ReflectOutput,
  WonderOutput,
  WonderQuestion,
} from './evolution/evolution-types.js';
export type { GenerationSnapshot } from './evolution/generation-snapshot.js';
export { ontologySimilarity } from './evolution/ontology-similarity.js';
export { questionOverlap } from './evolution/question-overlap.js';
export { detectStagnation, type StagnationPattern } from './evolution/detect-stagnation.js';
export { findRegressions } from './evolution/find-regressions.js';
export { evaluateConvergence, type ConvergenceSignal, type StabilityBlock } from './evolution/evaluate-convergence.js';
export { checkGenerationCap } from './evolution/check-generation-cap.js';
export { applyOntologyMutations } from './evolution/apply-ontology-mutations.js';
export { deriveNextSeed, type DeriveOptions } from './evolution/derive-next-seed.js';

// execution record
export { createExecutionRecord, type SeedExecutionRecord, type SeedRun } from './execution/seed-execution-record.js';
export { recordSeedRun } from './execution/record-seed-run.js';

// events
export type {
  AmbiguityScoredEvent,
  AmbiguityScoringFailedEvent,
  EvaluationCompletedEvent,
  ExecutionCompletedEvent,
  ExecutionStartedEvent,
  GenerationEvolvedEvent,
  InterviewAnswerRecordedEvent,
  InterviewCompletedEvent,
  InterviewQuestionAskedEvent,
  LineageConvergedEvent,
  LineageExhaustedEvent,
  LineageStagnatedEvent,
  ProtocolEvent,
  ProtocolEventBase,
  ProtocolEventType,
  SeedCreatedEvent,
  SessionInterruptedEvent,
  SessionResumedEvent,
  SessionStartedEvent,
} from './events/protocol-event.js';
export { EMPTY_LINEAGE, type GenerationRecord, type Lineage, type LineageStatus } from './events/lineage.js';
export { lineageSnapshots } from './events/lineage-snapshots.js';
export { reduceLineage } from './events/reduce-lineage.js';
export { replayLineage } from './events/replay-lineage.js';
export type { SessionState, SessionStatus } from './events/session-state.js';
export { reduceSession } from './events/reduce-session.js';
export { replaySession } from './events/replay-session.js';

// LLM port and engine
export type { JsonSchema, LlmMessage, LlmPort, LlmPortError, LlmReply, LlmRequest } from './port/llm-port.js';
export { createOuroborosEngine, type OuroborosEngine, type OuroborosEngineOptions } from './engine/create-engine.js';
export type { QuestionRequest } from './engine/generate-question.js';
export type { ClarityRequest } from './engine/score-clarity.js';
export type { SeedExtractionRequest } from './engine/extract-seed.js';
export type { SemanticRequest } from './engine/judge-semantic.js';
export type { VoteRequest } from './engine/cast-votes.js';
export type { CriterionEvaluationRequest } from './engine/evaluate-criterion.js';
export type { SeedEvaluationRequest } from './engine/evaluate-seed.js';
export type { WonderRequest } from './engine/wonder.js';
export type { ReflectRequest } from './engine/reflect.js';
export type { EvolveRequest } from './engine/evolve.js';
