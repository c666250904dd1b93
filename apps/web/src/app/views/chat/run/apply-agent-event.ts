import type { RunEvent } from './run-event-schemas.js';
import type { AgentRunRecord, SessionRun, ToolCallRecord } from './session-run.js';

/** The agent-run events (not phase, protocol or usage). */
export type AgentEvent = Extract<
  RunEvent,
  {
    type:
      | 'agent-run-started'
      | 'agent-run-ended'
      | 'agent-turn-started'
      | 'agent-text-streamed'
      | 'tool-call-started'
      | 'tool-call-ended';
  }
>;

function updateRun(run: SessionRun, runId: string, change: (record: AgentRunRecord) => AgentRunRecord): SessionRun {
  return { ...run, runs: run.runs.map((record) => (record.runId === runId ? change(record) : record)) };
}

function updateCall(calls: readonly ToolCallRecord[], id: string, change: Partial<ToolCallRecord>): ToolCallRecord[] {
  return calls.map((call) => (call.id === id ? { ...call, ...change } : call));
}

/** Folds one agent-run event into the run: streamed text, tool calls with durations, totals. */
export function applyAgentEvent(run: SessionRun, event: AgentEvent): SessionRun {
  switch (event.type) {
    case 'agent-run-started':
      if (run.runs.some((record) => record.runId === event.runId)) return run;
      return {
        ...run,
        runs: [
          ...run.runs,
          {
            runId: event.runId,
            agentId: event.agentId,
            model: `${event.provider}/${event.model}`,
            status: 'running',
            code: null,
            turns: 0,
            text: '',
            textTurn: 0,
            toolCalls: [],
            totalTokens: null,
            costUsd: null,
            durationMs: null,
          },
        ],
      };
    case 'agent-turn-started':
      return updateRun(run, event.runId, (record) => ({ ...record, turns: Math.max(record.turns, event.turn) }));
    case 'agent-text-streamed':
      return updateRun(run, event.runId, (record) => ({
        ...record,
        // Each turn's text is a paragraph of its own.
        text:
          record.text === '' || record.textTurn === event.turn
            ? record.text + event.delta
            : `${record.text}\n\n${event.delta}`,
        textTurn: event.turn,
      }));
    case 'tool-call-started':
      return updateRun(run, event.runId, (record) => ({
        ...record,
        toolCalls: [
          ...record.toolCalls,
          {
            id: event.toolCallId,
            tool: event.tool,
            summary: event.summary,
            durationMs: null,
            isError: false,
            code: null,
          },
        ],
      }));
    case 'tool-call-ended':
      return updateRun(run, event.runId, (record) => ({
        ...record,
        toolCalls: updateCall(record.toolCalls, event.toolCallId, {
          durationMs: event.durationMs,
          isError: event.isError,
          code: event.code,
        }),
      }));
    case 'agent-run-ended':
      return updateRun(run, event.runId, (record) => ({
        ...record,
        status: event.status,
        code: event.code,
        turns: event.turns,
        totalTokens: event.totalTokens,
        costUsd: event.costUsd,
        durationMs: event.durationMs,
      }));
  }
}
