import type { AgentEvent as LoopEvent } from '@earendil-works/pi-agent-core';
import type { EventSink } from '../../events/event-sink.js';
import type { RuntimeTool } from '../tools/types.js';
import type { AgentRuntimeEvent } from './agent-runtime-event.js';

/** What the run counts while it publishes. */
export interface RunCounters {
  turns: number;
  toolCalls: number;
}

function summary(tools: ReadonlyMap<string, RuntimeTool>, name: string, args: unknown): string {
  const tool = tools.get(name);
  const parsed = tool?.schema.safeParse(args);
  return tool && parsed?.success === true ? tool.summarize(parsed.data) : name;
}

function errorCode(result: unknown): string | null {
  const details = (result as { details?: { code?: unknown } } | undefined)?.details;
  return typeof details?.code === 'string' ? details.code : null;
}

/**
 * A pi-agent-core listener that publishes each step of the run on the bus: turns, streamed text,
 * tool calls with their duration and outcome. It never throws (a throwing listener would reject
 * the agent's prompt).
 */
export function publishAgentEvents(
  bus: EventSink<AgentRuntimeEvent>,
  ids: { readonly runId: string; readonly agentId: string; readonly sessionId: string },
  tools: ReadonlyMap<string, RuntimeTool>,
  counters: RunCounters,
): (event: LoopEvent) => void {
  return (event) => {
    try {
      switch (event.type) {
        case 'turn_start':
          counters.turns += 1;
          bus.publish({ type: 'agent-turn-started', ...ids, turn: counters.turns });
          break;
        case 'message_update':
          if (event.assistantMessageEvent.type === 'text_delta') {
            bus.publish({
              type: 'agent-text-streamed',
              ...ids,
              turn: counters.turns,
              delta: event.assistantMessageEvent.delta,
            });
          }
          break;
        case 'tool_execution_start':
          counters.toolCalls += 1;
          bus.publish({
            type: 'tool-call-started',
            ...ids,
            toolCallId: event.toolCallId,
            tool: event.toolName,
            summary: summary(tools, event.toolName, event.args),
          });
          break;
        case 'tool_execution_end':
          bus.publish({
            type: 'tool-call-ended',
            ...ids,
            toolCallId: event.toolCallId,
            tool: event.toolName,
            durationMs: Math.round(event.durationMs ?? 0),
            isError: event.isError,
            code: errorCode(event.result),
          });
          break;
        case 'turn_end':
          bus.publish({
            type: 'agent-turn-ended',
            ...ids,
            turn: counters.turns,
            stopReason: 'stopReason' in event.message ? event.message.stopReason : 'unknown',
            toolCalls: event.toolResults.length,
          });
          break;
        case 'agent_start':
        case 'agent_end':
        case 'message_start':
        case 'message_end':
        case 'tool_execution_update':
          break;
      }
    } catch {
      // Publishing is best effort: the bus never throws, and a failure here must not end the run.
    }
  };
}
