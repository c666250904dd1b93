import type { EvaluationSummary, SeedSummary } from './run-event-schemas.js';

/** One interview round: the question, and the answer once given. */
export interface InterviewRound {
  readonly round: number;
  readonly question: string;
  readonly answer: string | null;
}

/** The latest ambiguity score (0 = perfectly clear) and the clarity behind it. */
export interface AmbiguityReading {
  readonly round: number;
  readonly overall: number;
  readonly clarity: Readonly<Record<string, number>>;
}

/** How the interview → seed gate opened. */
export interface GateReading {
  readonly ambiguity: number | null;
  readonly threshold: number;
  readonly forced: boolean;
  readonly reason: string | null;
}

/** One tool call of an agent run; `durationMs` is null while it runs. */
export interface ToolCallRecord {
  readonly id: string;
  readonly tool: string;
  readonly summary: string;
  readonly durationMs: number | null;
  readonly isError: boolean;
  readonly code: string | null;
}

/** One agent run: its streamed text, tool calls and, once ended, totals. */
export interface AgentRunRecord {
  readonly runId: string;
  readonly agentId: string;
  readonly model: string;
  /** `running` until it ends; then completed, failed, aborted or budget-exceeded. */
  readonly status: string;
  readonly code: string | null;
  readonly turns: number;
  readonly text: string;
  /** The turn the text's last piece came from. */
  readonly textTurn: number;
  readonly toolCalls: readonly ToolCallRecord[];
  readonly totalTokens: number | null;
  readonly costUsd: number | null;
  readonly durationMs: number | null;
}

/** LLM tokens and cost summed over a session's requests. */
export interface UsageTotals {
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheTokens: number;
  readonly costUsd: number;
  /** Per `provider/model`. */
  readonly byModel: Readonly<
    Record<string, { readonly requests: number; readonly tokens: number; readonly costUsd: number }>
  >;
}

/** A seed's execution result. */
export interface ExecutionRecord {
  readonly status: string;
  readonly durationMs: number | null;
}

/** Everything the chat knows about a session's Ouroboros run, folded from its live events. */
export interface SessionRun {
  /** Highest event id applied (a resumed stream may repeat events). */
  readonly lastEventId: number;
  readonly phase: string | undefined;
  /** Protocol status from `session-phase-changed` (active, converged, stagnated, …). */
  readonly status: string | undefined;
  readonly rounds: readonly InterviewRound[];
  readonly ambiguity: AmbiguityReading | null;
  readonly gate: GateReading | null;
  /** Generation 1 first. */
  readonly seeds: readonly SeedSummary[];
  readonly executions: Readonly<Record<string, ExecutionRecord>>;
  readonly evaluations: Readonly<Record<string, EvaluationSummary>>;
  /** Final lineage state: converged, stagnated or exhausted, with the reason. */
  readonly lineage: { readonly status: string; readonly reason: string } | null;
  readonly interrupted: string | null;
  readonly runs: readonly AgentRunRecord[];
  readonly usage: UsageTotals;
}

/** A session before any event. */
export const EMPTY_RUN: SessionRun = {
  lastEventId: 0,
  phase: undefined,
  status: undefined,
  rounds: [],
  ambiguity: null,
  gate: null,
  seeds: [],
  executions: {},
  evaluations: {},
  lineage: null,
  interrupted: null,
  runs: [],
  usage: { requests: 0, inputTokens: 0, outputTokens: 0, cacheTokens: 0, costUsd: 0, byModel: {} },
};

/** The interview question waiting for an answer, if any. */
export function openQuestion(run: SessionRun): InterviewRound | undefined {
  const last = run.rounds.at(-1);
  return last !== undefined && last.answer === null ? last : undefined;
}

/** The newest seed (the lineage's head), if any. */
export function latestSeed(run: SessionRun): SeedSummary | undefined {
  return run.seeds.at(-1);
}
