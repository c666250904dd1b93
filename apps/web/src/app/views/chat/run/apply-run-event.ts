import type { LiveEvent } from '../../../events/live-event.js';
import { applyAgentEvent } from './apply-agent-event.js';
import { applyProtocolEvent } from './apply-protocol-event.js';
import { ProtocolEventSchema, RunEventSchema, type RunEvent } from './run-event-schemas.js';
import type { SessionRun, UsageTotals } from './session-run.js';

function addUsage(usage: UsageTotals, event: Extract<RunEvent, { type: 'llm-usage-recorded' }>): UsageTotals {
  const model = `${event.provider}/${event.model}`;
  const before = usage.byModel[model] ?? { requests: 0, tokens: 0, costUsd: 0 };
  const tokens = event.inputTokens + event.outputTokens + event.cacheReadTokens + event.cacheWriteTokens;
  return {
    requests: usage.requests + 1,
    inputTokens: usage.inputTokens + event.inputTokens,
    outputTokens: usage.outputTokens + event.outputTokens,
    cacheTokens: usage.cacheTokens + event.cacheReadTokens + event.cacheWriteTokens,
    costUsd: usage.costUsd + event.costUsd,
    byModel: {
      ...usage.byModel,
      [model]: {
        requests: before.requests + 1,
        tokens: before.tokens + tokens,
        costUsd: before.costUsd + event.costUsd,
      },
    },
  };
}

function apply(run: SessionRun, event: RunEvent): SessionRun {
  switch (event.type) {
    case 'session-phase-changed':
      return { ...run, phase: event.phase, status: event.status };
    case 'protocol-event-recorded': {
      const parsed = ProtocolEventSchema.safeParse(event.event);
      return parsed.success ? applyProtocolEvent(run, parsed.data) : run;
    }
    case 'llm-usage-recorded':
      return { ...run, usage: addUsage(run.usage, event) };
    case 'agent-run-started':
    case 'agent-run-ended':
    case 'agent-turn-started':
    case 'agent-text-streamed':
    case 'tool-call-started':
    case 'tool-call-ended':
      return applyAgentEvent(run, event);
  }
}

/**
 * Folds one live event of the session into its run (a pure reducer). Events already applied (a
 * replayed stream repeats them) and events the chat does not draw leave the run unchanged.
 */
export function applyRunEvent(run: SessionRun, live: LiveEvent): SessionRun {
  if (live.id !== undefined && live.id <= run.lastEventId) return run;
  const parsed = RunEventSchema.safeParse({ ...live.fields, type: live.type });
  const next = parsed.success ? apply(run, parsed.data) : run;
  return live.id === undefined ? next : { ...next, lastEventId: live.id };
}
