import type { ResultAsync } from 'neverthrow';
import type { AmbiguityScore } from '../ambiguity/ambiguity-score.js';
import type { OuroborosError } from '../errors/ouroboros-error.js';
import type {
  ConsensusVote,
  CriterionEvaluation,
  EvaluationSummary,
  SemanticJudgement,
} from '../evaluation/evaluation-result.js';
import type { Evolution, ReflectOutput, WonderOutput } from '../evolution/evolution-types.js';
import { noopLogger, type Logger } from '../logger.js';
import type { LlmPort } from '../port/llm-port.js';
import { DEFAULT_PROTOCOL_CONFIG, type ProtocolConfig } from '../protocol/protocol-config.js';
import { createSeedId } from '../seed/create-seed-id.js';
import type { Seed } from '../seed/seed.js';
import { castVotes, type VoteRequest } from './cast-votes.js';
import type { EngineContext } from './engine-context.js';
import { evaluateCriterion, type CriterionEvaluationRequest } from './evaluate-criterion.js';
import { evaluateSeed, type SeedEvaluationRequest } from './evaluate-seed.js';
import { evolve, type EvolveRequest } from './evolve.js';
import { extractSeed, type SeedExtractionRequest } from './extract-seed.js';
import { generateQuestion, type QuestionRequest } from './generate-question.js';
import { judgeSemantic, type SemanticRequest } from './judge-semantic.js';
import { reflect, type ReflectRequest } from './reflect.js';
import { scoreClarity, type ClarityRequest } from './score-clarity.js';
import { wonder, type WonderRequest } from './wonder.js';

/** Options for {@link createOuroborosEngine}. */
export interface OuroborosEngineOptions {
  /** The only way the engine reaches an LLM. */
  readonly port: LlmPort;
  /** Thresholds, weights and temperatures; default the reference protocol's. */
  readonly config?: ProtocolConfig;
  readonly logger?: Logger;
  /** Time limit of one structured exchange (a reply and its repair), in milliseconds. Default 120 000. */
  readonly timeoutMs?: number;
  /** Seed id factory (tests). Default `seed_<12 random hex>`. */
  readonly createSeedId?: () => string;
  /** Clock (tests). Default `() => new Date()`. */
  readonly now?: () => Date;
}

/**
 * The LLM-backed operations of the protocol. Every reply is validated; an invalid one gets one
 * repair attempt and then fails with `llm-reply-invalid` — never a made-up value. Every call
 * honours its `signal` (→ `aborted`) and the engine's time limit (→ `timeout`).
 */
export interface OuroborosEngine {
  /** The next interview question. */
  generateQuestion(request: QuestionRequest): ResultAsync<string, OuroborosError>;
  /** Clarity per dimension → the ambiguity score. */
  scoreClarity(request: ClarityRequest): ResultAsync<AmbiguityScore, OuroborosError>;
  /** The generation-1 seed from the verbatim interview; refuses a closed gate. */
  extractSeed(request: SeedExtractionRequest): ResultAsync<Seed, OuroborosError>;
  /** Stage 2 for one criterion. */
  judgeSemantic(request: SemanticRequest): ResultAsync<SemanticJudgement, OuroborosError>;
  /** Stage 3 votes for one criterion. */
  castVotes(request: VoteRequest): ResultAsync<ConsensusVote[], OuroborosError>;
  /** Stages 1–3 for one criterion. */
  evaluateCriterion(request: CriterionEvaluationRequest): ResultAsync<CriterionEvaluation, OuroborosError>;
  /** Every criterion of a seed, summarised. */
  evaluateSeed(request: SeedEvaluationRequest): ResultAsync<EvaluationSummary, OuroborosError>;
  /** Evolution's Wonder step. */
  wonder(request: WonderRequest): ResultAsync<WonderOutput, OuroborosError>;
  /** Evolution's Reflect step. */
  reflect(request: ReflectRequest): ResultAsync<ReflectOutput, OuroborosError>;
  /** Wonder → Reflect → the successor seed, within the generation cap. */
  evolve(request: EvolveRequest): ResultAsync<Evolution, OuroborosError>;
}

/** Creates the engine over an LLM port. */
export function createOuroborosEngine(options: OuroborosEngineOptions): OuroborosEngine {
  const timeoutMs = options.timeoutMs ?? 120_000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${timeoutMs}`);
  const context: EngineContext = {
    port: options.port,
    config: options.config ?? DEFAULT_PROTOCOL_CONFIG,
    logger: options.logger ?? noopLogger,
    timeoutMs,
    createSeedId: options.createSeedId ?? createSeedId,
    now: options.now ?? (() => new Date()),
  };
  return {
    generateQuestion: (request) => generateQuestion(context, request),
    scoreClarity: (request) => scoreClarity(context, request),
    extractSeed: (request) => extractSeed(context, request),
    judgeSemantic: (request) => judgeSemantic(context, request),
    castVotes: (request) => castVotes(context, request),
    evaluateCriterion: (request) => evaluateCriterion(context, request),
    evaluateSeed: (request) => evaluateSeed(context, request),
    wonder: (request) => wonder(context, request),
    reflect: (request) => reflect(context, request),
    evolve: (request) => evolve(context, request),
  };
}
