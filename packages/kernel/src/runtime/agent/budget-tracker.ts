import { budgetExceeded } from '../../errors/constructors.js';
import type { BudgetExceededError, BudgetLimit } from '../../errors/kernel-error.js';
import type { LlmBudget } from '../../config/sections/llm.js';

/** Amounts used, in each budget's unit. */
export interface BudgetUse {
  readonly turns: number;
  readonly wallMs: number;
  readonly tokens: number;
  readonly costUsd: number;
}

/** Tracks one run against its agent budget and its session's budget. */
export interface BudgetTracker {
  /** Records a request about to be made (a turn). */
  addTurn(): void;
  /** Records a request's tokens and cost. */
  addUsage(tokens: number, costUsd: number): void;
  /** The first exhausted budget, agent before session; `nextTurn` also refuses a turn beyond the cap. */
  exceeded(options?: { readonly nextTurn?: boolean }): BudgetExceededError | undefined;
  /** This run's use so far. */
  used(): BudgetUse;
  /** Milliseconds until a wall-time budget (agent or session) runs out. */
  remainingWallMs(): number;
}

/** Options of {@link createBudgetTracker}. */
export interface BudgetTrackerOptions {
  readonly agent: LlmBudget;
  readonly session: LlmBudget;
  /** What the session's earlier runs used. */
  readonly sessionUsed: BudgetUse;
  readonly now: () => number;
}

const LIMITS: readonly [BudgetLimit, keyof BudgetUse, keyof LlmBudget][] = [
  ['turns', 'turns', 'max_turns'],
  ['wall-time', 'wallMs', 'max_wall_secs'],
  ['tokens', 'tokens', 'max_tokens'],
  ['cost', 'costUsd', 'max_cost_usd'],
];

function maximum(budget: LlmBudget, key: keyof LlmBudget): number {
  return key === 'max_wall_secs' ? budget[key] * 1000 : budget[key];
}

/** Creates a budget tracker that starts its wall clock now. */
export function createBudgetTracker(options: BudgetTrackerOptions): BudgetTracker {
  const startedAt = options.now();
  let turns = 0;
  let tokens = 0;
  let costUsd = 0;
  const used = (): BudgetUse => ({ turns, wallMs: options.now() - startedAt, tokens, costUsd });
  const check = (
    scope: 'agent' | 'session',
    budget: LlmBudget,
    use: BudgetUse,
    nextTurn: boolean,
  ): BudgetExceededError | undefined => {
    for (const [limit, field, key] of LIMITS) {
      const max = maximum(budget, key);
      const value = use[field];
      const over = limit === 'turns' ? (nextTurn ? value >= max : value > max) : value >= max;
      if (over) return budgetExceeded(scope, limit, value, max);
    }
    return undefined;
  };
  return {
    addTurn() {
      turns += 1;
    },
    addUsage(moreTokens, moreCost) {
      tokens += moreTokens;
      costUsd += moreCost;
    },
    exceeded(checkOptions = {}) {
      const mine = used();
      const base = options.sessionUsed;
      const session = {
        turns: base.turns + mine.turns,
        wallMs: base.wallMs + mine.wallMs,
        tokens: base.tokens + mine.tokens,
        costUsd: base.costUsd + mine.costUsd,
      };
      const nextTurn = checkOptions.nextTurn === true;
      return check('agent', options.agent, mine, nextTurn) ?? check('session', options.session, session, nextTurn);
    },
    used,
    remainingWallMs() {
      const elapsed = options.now() - startedAt;
      return Math.max(
        0,
        Math.min(
          options.agent.max_wall_secs * 1000 - elapsed,
          options.session.max_wall_secs * 1000 - options.sessionUsed.wallMs - elapsed,
        ),
      );
    },
  };
}
