import type { Api, AssistantMessage, Message, Model, Usage } from '@earendil-works/pi-ai';
import { err, ok, type Result } from 'neverthrow';
import { abortedError, internalError, llmError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { AgentRunStatus } from '../../store/repositories/agent-run-repository.js';
import type { RunCounters } from './publish-agent-events.js';
import type { RunDependencies } from './run-dependencies.js';
import type { AgentRunResult, RunUsage } from './types.js';

/** What a run accumulated while it ran. */
export interface RunState {
  readonly counters: RunCounters;
  requests: number;
  usage: Usage;
  /** The typed error of the last failed LLM request. */
  llmError: KernelError | undefined;
  /** Why the runtime stopped the run (budget, abort), or the loop's crash. */
  stopError: KernelError | undefined;
}

function lastReply(messages: readonly Message[]): AssistantMessage | undefined {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'assistant') return message;
  }
  return undefined;
}

function failure(state: RunState, reply: AssistantMessage | undefined, model: Model<Api>): KernelError | undefined {
  if (state.stopError) return state.stopError;
  if (reply === undefined) return internalError('the agent ended without a reply');
  if (reply.stopReason === 'error') {
    return state.llmError ?? llmError(model.provider, model.id, reply.errorMessage ?? 'failed', { retryable: false });
  }
  if (reply.stopReason === 'aborted') return state.llmError ?? abortedError('agent run');
  return undefined;
}

function statusOf(error: KernelError | undefined): AgentRunStatus {
  if (error === undefined) return 'completed';
  if (error.code === 'budget-exceeded') return 'budget-exceeded';
  return error.code === 'aborted' ? 'aborted' : 'failed';
}

function runUsage(state: RunState): RunUsage {
  const { usage } = state;
  return {
    requests: state.requests,
    inputTokens: usage.input,
    outputTokens: usage.output,
    cacheReadTokens: usage.cacheRead,
    cacheWriteTokens: usage.cacheWrite,
    totalTokens: usage.totalTokens,
    costUsd: usage.cost.total,
  };
}

/**
 * Decides how a finished agent loop ended, records it (one `agent_runs` row, `agent-run-ended`) and
 * returns the result or the typed reason the run stopped.
 */
export function settleRun(
  deps: RunDependencies,
  run: {
    readonly ids: { readonly runId: string; readonly agentId: string; readonly sessionId: string };
    readonly model: Model<Api>;
    readonly state: RunState;
    readonly messages: readonly Message[];
    readonly startedAt: number;
  },
): Result<AgentRunResult, KernelError> {
  const { ids, model, state, messages } = run;
  const reply = lastReply(messages);
  const error = failure(state, reply, model);
  const status = statusOf(error);
  const endedAt = deps.now();
  const usage = runUsage(state);
  const recorded = deps.runs.record({
    id: ids.runId,
    sessionId: ids.sessionId,
    agentId: ids.agentId,
    provider: model.provider,
    model: model.id,
    status,
    reason: error === undefined ? null : `${error.code}: ${error.message}`.slice(0, 1_000),
    turns: state.counters.turns,
    startedAt: run.startedAt,
    endedAt,
  });
  if (recorded.isErr()) deps.logger.error({ ...ids, err: recorded.error }, 'could not record an agent run');
  deps.bus.publish({
    type: 'agent-run-ended',
    ...ids,
    status,
    code: error?.code ?? null,
    turns: state.counters.turns,
    toolCalls: state.counters.toolCalls,
    totalTokens: usage.totalTokens,
    costUsd: usage.costUsd,
    durationMs: endedAt - run.startedAt,
  });
  if (error !== undefined) return err(error);
  const text = (reply?.content ?? []).map((block) => (block.type === 'text' ? block.text : '')).join('');
  return ok({
    ...ids,
    provider: model.provider,
    model: model.id,
    text,
    turns: state.counters.turns,
    toolCalls: state.counters.toolCalls,
    usage,
    durationMs: endedAt - run.startedAt,
    messages,
  });
}
