import { randomUUID } from 'node:crypto';
import { Agent } from '@earendil-works/pi-agent-core';
import type { Api, AssistantMessage, Model, Usage } from '@earendil-works/pi-ai';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { AGENT_ID_PATTERN } from '../../access/parse-subject.js';
import { abortedError, budgetExceeded, internalError, invalidArgument } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { addUsage, emptyUsage } from '../llm/usage-math.js';
import { toAgentTool } from '../tools/to-agent-tool.js';
import { createBudgetTracker, type BudgetTracker } from './budget-tracker.js';
import { buildSystemPrompt, buildTaskPrompt } from './build-system-prompt.js';
import { createTranscriptCompactor } from './compact-transcript.js';
import { publishAgentEvents, type RunCounters } from './publish-agent-events.js';
import type { RunDependencies } from './run-dependencies.js';
import { settleRun, type RunState } from './settle-run.js';
import type { AgentRunInput, AgentRunResult } from './types.js';

/** Turns kept verbatim when a transcript is compacted. */
const KEEP_RECENT_TURNS = 2;

function startTracker(deps: RunDependencies, input: AgentRunInput): Result<BudgetTracker, KernelError> {
  const sessionUsage = deps.usage.totals({ sessionId: input.sessionId });
  if (sessionUsage.isErr()) return err(sessionUsage.error);
  const sessionRuns = deps.runs.sessionTotals(input.sessionId);
  if (sessionRuns.isErr()) return err(sessionRuns.error);
  const limits = deps.llm.agent_budget;
  const asked = input.budget ?? {};
  return ok(
    createBudgetTracker({
      // A run may tighten its agent budget, never widen it.
      agent: {
        max_turns: Math.min(limits.max_turns, asked.max_turns ?? Infinity),
        max_wall_secs: Math.min(limits.max_wall_secs, asked.max_wall_secs ?? Infinity),
        max_tokens: Math.min(limits.max_tokens, asked.max_tokens ?? Infinity),
        max_cost_usd: Math.min(limits.max_cost_usd, asked.max_cost_usd ?? Infinity),
      },
      session: deps.llm.session_budget,
      sessionUsed: {
        turns: sessionRuns.value.turns,
        wallMs: sessionRuns.value.wallMs,
        tokens: sessionUsage.value.totalTokens,
        costUsd: sessionUsage.value.costUsd,
      },
      now: deps.now,
    }),
  );
}

function prepare(
  deps: RunDependencies,
  input: AgentRunInput,
): Result<{ model: Model<Api>; tracker: BudgetTracker }, KernelError> {
  if (!AGENT_ID_PATTERN.test(input.agentId)) {
    return err(invalidArgument('agentId', 'expected 1–128 letters, digits, "_" or "-"'));
  }
  if (input.signal?.aborted === true) return err(abortedError('agent run'));
  const model = deps.engine.resolveModel(input.model ?? input.persona?.model);
  if (model.isErr()) return err(model.error);
  const tracker = startTracker(deps, input);
  if (tracker.isErr()) return err(tracker.error);
  const early = tracker.value.exceeded({ nextTurn: true });
  return early ? err(early) : ok({ model: model.value, tracker: tracker.value });
}

async function execute(deps: RunDependencies, input: AgentRunInput): Promise<Result<AgentRunResult, KernelError>> {
  const prepared = prepare(deps, input);
  if (prepared.isErr()) return err(prepared.error);
  const { model, tracker } = prepared.value;
  const runId = randomUUID();
  const ids = { runId, agentId: input.agentId, sessionId: input.sessionId };
  const startedAt = deps.now();
  deps.bus.publish({ type: 'agent-run-started', ...ids, provider: model.provider, model: model.id });

  const controller = new AbortController();
  const state: RunState = {
    counters: { turns: 0, toolCalls: 0 },
    requests: 0,
    usage: emptyUsage(),
    llmError: undefined,
    stopError: undefined,
  };
  const counters: RunCounters = state.counters;
  const stop = (error: KernelError) => {
    state.stopError ??= error;
    controller.abort();
    agent.abort();
  };

  const provided = (await Promise.all(deps.toolProviders.map((provider) => provider.tools(input.signal)))).flat();
  const extra = [...provided, ...(input.tools ?? [])];
  const offered = extra.length === 0 ? deps.tools : [...deps.tools, ...extra];
  const only = input.toolNames === undefined ? undefined : new Set(input.toolNames);
  const tools = only === undefined ? offered : offered.filter((tool) => only.has(tool.name));
  const toolBase = {
    subject: `agent:${input.agentId}` as const,
    audit: { sessionId: input.sessionId, agentId: input.agentId, requestId: runId },
    workspaceRoot: input.workspaceRoot,
    access: deps.access,
    userId: input.userId,
    sandbox: input.sandbox,
  };
  const agentTools = tools.map((tool) =>
    toAgentTool(tool, toolBase, { maxOutputBytes: deps.llm.tool_output_max_bytes, runSignal: controller.signal }),
  );
  const request = {
    ...ids,
    signal: controller.signal,
    onUsage: (usage: Usage, message: AssistantMessage) => {
      state.requests += 1;
      state.usage = addUsage(state.usage, usage);
      tracker.addUsage(usage.totalTokens, usage.cost.total);
      // A reply that asks for tools is stopped before they run; a final answer may finish.
      const over = tracker.exceeded();
      if (over && message.stopReason === 'toolUse') stop(over);
    },
    onError: (error: KernelError) => {
      state.llmError = error;
    },
  };
  const compact = deps.context
    ? createTranscriptCompactor({
        context: deps.context,
        engine: deps.engine,
        threshold: deps.compactionThreshold,
        scope: `${input.sessionId}/${input.agentId}`,
        agentId: input.agentId,
        keepRecentTurns: KEEP_RECENT_TURNS,
        request,
      })
    : undefined;

  const agent = new Agent({
    initialState: {
      systemPrompt: buildSystemPrompt({
        seed: input.seed,
        persona: input.persona,
        programs: input.programs,
        skills: input.skills,
        environment: {
          workspaceRoot: input.workspaceRoot,
          sandbox: input.sandbox,
          hostCommands: deps.hostExec === undefined ? undefined : deps.hostAllowlist,
        },
      }),
      model,
      tools: agentTools,
    },
    // The Agent passes its own signal, which stop() aborts; no second signal to combine per request.
    streamFn: deps.engine.streamFunction({ ...request, signal: undefined }),
    sessionId: input.sessionId,
    prepareRequest: async ({ context }) => {
      const over = state.stopError ?? tracker.exceeded({ nextTurn: true });
      if (over) {
        stop(over);
        return undefined;
      }
      tracker.addTurn();
      if (!compact) return undefined;
      const compacted = await compact(context.messages, model);
      if (compacted.isErr()) {
        deps.logger.warn({ ...ids, code: compacted.error.code, err: compacted.error }, 'transcript compaction failed');
        return undefined;
      }
      if (!compacted.value) return undefined;
      deps.bus.publish({
        type: 'agent-context-compacted',
        ...ids,
        replacedMessages: compacted.value.replacedMessages,
        tokensBefore: compacted.value.tokensBefore,
      });
      return { context: { ...context, messages: compacted.value.messages } };
    },
  });
  const unsubscribe = agent.subscribe(
    publishAgentEvents(
      deps.bus,
      ids,
      tools === deps.tools ? deps.toolsByName : new Map(tools.map((tool) => [tool.name, tool])),
      counters,
    ),
  );
  const onAbort = () => {
    stop(abortedError('agent run'));
  };
  input.signal?.addEventListener('abort', onAbort, { once: true });
  // The signal may have fired while tool providers were being read.
  if (input.signal?.aborted === true) onAbort();
  const wallTimer = setTimeout(() => {
    const used = tracker.used().wallMs;
    stop(tracker.exceeded() ?? budgetExceeded('agent', 'wall-time', used, used));
  }, tracker.remainingWallMs());
  let crash: KernelError | undefined;
  try {
    await agent.prompt(buildTaskPrompt(input.seed));
  } catch (cause) {
    crash = internalError('the agent loop failed', cause);
  } finally {
    clearTimeout(wallTimer);
    input.signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
  return settleRun(deps, {
    ids,
    model,
    state: { ...state, stopError: state.stopError ?? crash },
    messages: agent.state.messages,
    startedAt,
  });
}

/** Runs one agent for one seed on pi-agent-core's Agent (see {@link AgentRuntime.run}). */
export function runAgent(deps: RunDependencies, input: AgentRunInput): ResultAsync<AgentRunResult, KernelError> {
  return new ResultAsync(
    execute(deps, input).catch((cause: unknown) => err(internalError('the agent run failed unexpectedly', cause))),
  );
}
