import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../events/live-event.js';
import { applyRunEvent } from './apply-run-event.js';
import { criterionRows } from './criterion-rows.js';
import { lineageNodes } from './lineage-nodes.js';
import { EMPTY_RUN, latestSeed, openQuestion, type SessionRun } from './session-run.js';

let nextId = 1;
const live = (type: string, fields: Record<string, unknown>): LiveEvent => ({
  id: nextId++,
  at: 0,
  type,
  fields: { sessionId: 's1', ...fields },
});
const protocol = (event: Record<string, unknown>) => live('protocol-event-recorded', { seq: nextId, event });
const ids = { runId: 'r1', agentId: 'a1' };
const seed = {
  id: 'seed_1',
  goal: 'Write hello.txt',
  generation: 1,
  parentId: null,
  // The live stream redacts fields named `key`.
  acceptanceCriteria: [{ key: '[redacted]', description: 'hello.txt says hello', verify: ['cat', 'hello.txt'] }],
};
const fold = (events: LiveEvent[], from: SessionRun = EMPTY_RUN) => events.reduce(applyRunEvent, from);

describe('the session run, folded from live events', () => {
  it('follows the interview: the open question, the answer, the forced gate', () => {
    const asked = fold([
      live('session-phase-changed', { phase: 'interview', status: 'active' }),
      protocol({ type: 'interview-question-asked', round: 1, question: 'Which file?' }),
    ]);
    expect(openQuestion(asked)).toEqual({ round: 1, question: 'Which file?', answer: null });
    const answered = fold(
      [
        protocol({ type: 'interview-answer-recorded', round: 1, answer: 'hello.txt' }),
        protocol({
          type: 'interview-completed',
          gate: { ambiguity: null, threshold: 0.2, forced: true, reason: 'go' },
        }),
      ],
      asked,
    );
    expect(openQuestion(answered)).toBeUndefined();
    expect(answered.rounds).toEqual([{ round: 1, question: 'Which file?', answer: 'hello.txt' }]);
    expect(answered.gate).toMatchObject({ forced: true, reason: 'go' });
  });

  it('streams agent text per turn, and records tool calls with their durations and errors', () => {
    const run = fold([
      live('agent-run-started', { ...ids, provider: 'fake', model: 'm' }),
      live('agent-turn-started', { ...ids, turn: 1 }),
      live('agent-text-streamed', { ...ids, turn: 1, delta: 'Let me ' }),
      live('agent-text-streamed', { ...ids, turn: 1, delta: 'look.' }),
      live('tool-call-started', { ...ids, toolCallId: 't1', tool: 'read', summary: 'read /etc/passwd' }),
      live('tool-call-ended', {
        ...ids,
        toolCallId: 't1',
        tool: 'read',
        durationMs: 3,
        isError: true,
        code: 'path-denied',
      }),
      live('agent-text-streamed', { ...ids, turn: 2, delta: 'Done.' }),
      live('agent-run-ended', {
        ...ids,
        status: 'completed',
        code: null,
        turns: 2,
        toolCalls: 1,
        totalTokens: 1200,
        costUsd: 0.01,
        durationMs: 90,
      }),
    ]);
    expect(run.runs).toHaveLength(1);
    expect(run.runs[0]).toMatchObject({
      model: 'fake/m',
      status: 'completed',
      text: 'Let me look.\n\nDone.',
      totalTokens: 1200,
      toolCalls: [{ id: 't1', summary: 'read /etc/passwd', durationMs: 3, isError: true, code: 'path-denied' }],
    });
  });

  it('sums LLM usage per model', () => {
    const usage = (model: string, costUsd: number) =>
      live('llm-usage-recorded', {
        provider: 'fake',
        model,
        inputTokens: 100,
        outputTokens: 10,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        costUsd,
      });
    const run = fold([usage('a', 0.5), usage('a', 0.25), usage('b', 1)]);
    expect(run.usage).toMatchObject({ requests: 3, inputTokens: 300, outputTokens: 30, costUsd: 1.75 });
    expect(run.usage.byModel['fake/a']).toEqual({ requests: 2, tokens: 220, costUsd: 0.75 });
  });

  it('rebuilds the seed, evaluation and lineage; criteria match by position when keys were redacted', () => {
    const run = fold([
      protocol({ type: 'seed-created', seed }),
      protocol({ type: 'execution-started', seedId: 'seed_1' }),
      protocol({ type: 'execution-completed', seedId: 'seed_1', status: 'completed', durationMs: 170 }),
      protocol({
        type: 'evaluation-completed',
        seedId: 'seed_1',
        summary: {
          seedId: 'seed_1',
          generation: 1,
          approved: true,
          score: 0.92,
          criteria: [{ criterionKey: 'ac_1', verdict: 'pass', decidedBy: 'semantic', score: 0.92, stages: [] }],
        },
      }),
      protocol({ type: 'lineage-converged', signal: { action: 'converged', reason: 'outcome-passed' } }),
    ]);
    expect(latestSeed(run)?.id).toBe('seed_1');
    expect(run.lineage).toEqual({ status: 'converged', reason: 'outcome-passed' });
    expect(lineageNodes(run)).toEqual([{ seedId: 'seed_1', generation: 1, score: 0.92, outcome: 'passed' }]);
    const outcomes = [
      {
        key: 'ac_1',
        description: 'hello.txt says hello',
        verdict: 'pass' as const,
        unverified: false,
        failures: [],
        output: 'hello\n',
        score: 0.92,
      },
    ];
    expect(criterionRows(seed, run.evaluations.seed_1, outcomes)).toEqual([
      {
        key: 'ac_1',
        description: 'hello.txt says hello',
        verify: ['cat', 'hello.txt'],
        verdict: 'pass',
        score: 0.92,
        decidedBy: 'semantic',
        unverified: false,
        failures: [],
        output: 'hello\n',
      },
    ]);
  });

  it('skips events it already applied and events it cannot read', () => {
    const event = live('session-phase-changed', { phase: 'execute', status: 'active' });
    const once = applyRunEvent(EMPTY_RUN, event);
    expect(applyRunEvent(once, event)).toBe(once);
    const broken = applyRunEvent(once, live('protocol-event-recorded', { seq: 1, event: { type: 'seed-created' } }));
    expect(broken.seeds).toEqual([]);
    expect(broken.phase).toBe('execute');
  });
});
