import type { AgentRunResult } from '../runtime/agent/types.js';
import type { AgentExit } from '../supervisor/types.js';
import type { ShareResultMessage } from './types.js';

/** Longest summary passed back to the delegating agent. */
const MAX_SUMMARY = 20_000;

/** The `share-result` a delegate's exit becomes: its final answer, or why it stopped. */
export function shareResultOf(taskId: string, exit: AgentExit<AgentRunResult>): ShareResultMessage {
  if (exit.status === 'idle') {
    return {
      type: 'share-result',
      taskId,
      ok: true,
      summary: exit.value.text.slice(0, MAX_SUMMARY),
      result: { agentId: exit.agent.id, turns: exit.value.turns, toolCalls: exit.value.toolCalls },
    };
  }
  return {
    type: 'share-result',
    taskId,
    ok: false,
    summary: `the delegate ${exit.status}: ${exit.error.message}`.slice(0, MAX_SUMMARY),
    result: { agentId: exit.agent.id, code: exit.error.code },
  };
}
