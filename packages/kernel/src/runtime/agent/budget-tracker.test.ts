import { describe, expect, it } from 'vitest';
import { createBudgetTracker } from './budget-tracker.js';

const budget = { max_turns: 3, max_wall_secs: 10, max_tokens: 1_000, max_cost_usd: 1 };
const nothing = { turns: 0, wallMs: 0, tokens: 0, costUsd: 0 };

function tracker(
  sessionUsed = nothing,
  session = { ...budget, max_turns: 100, max_tokens: 100_000, max_cost_usd: 100, max_wall_secs: 100 },
) {
  let now = 0;
  const tracked = createBudgetTracker({ agent: budget, session, sessionUsed, now: () => now });
  return { tracked, advance: (ms: number) => (now += ms) };
}

describe('createBudgetTracker', () => {
  it('allows turns up to the cap and refuses the next one', () => {
    const { tracked } = tracker();
    for (let turn = 0; turn < 3; turn += 1) {
      expect(tracked.exceeded({ nextTurn: true })).toBeUndefined();
      tracked.addTurn();
    }
    expect(tracked.exceeded()).toBeUndefined();
    expect(tracked.exceeded({ nextTurn: true })).toMatchObject({ limit: 'turns', scope: 'agent', used: 3, max: 3 });
  });

  it('reports tokens and cost once they reach the cap', () => {
    const { tracked } = tracker();
    tracked.addUsage(999, 0.5);
    expect(tracked.exceeded()).toBeUndefined();
    tracked.addUsage(1, 0.6);
    expect(tracked.exceeded()).toMatchObject({ limit: 'tokens', used: 1_000, max: 1_000 });
  });

  it('reports cost with a dollar message', () => {
    const { tracked } = tracker();
    tracked.addUsage(10, 1.25);
    expect(tracked.exceeded()?.message).toBe('agent cost budget exceeded: used $1.2500 of $1.0000');
  });

  it('measures wall time from creation and tells what is left', () => {
    const { tracked, advance } = tracker();
    advance(4_000);
    expect(tracked.remainingWallMs()).toBe(6_000);
    advance(6_000);
    expect(tracked.exceeded()).toMatchObject({ limit: 'wall-time', used: 10_000, max: 10_000 });
  });

  it("adds the session's earlier use to this run's for the session budget", () => {
    const { tracked } = tracker({ turns: 0, wallMs: 95_000, tokens: 0, costUsd: 99.9 });
    expect(tracked.remainingWallMs()).toBe(5_000);
    tracked.addUsage(1, 0.2);
    expect(tracked.exceeded()).toMatchObject({ scope: 'session', limit: 'cost' });
  });
});
