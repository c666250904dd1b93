import type { Seed } from '@oxios/ouroboros';
import { err, ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import { runInputFromPrompt } from '../runtime/agent/run-input-from-prompt.js';
import type { AgentRunResult } from '../runtime/agent/types.js';
import type { OrchestratorDeps } from './orchestrator-types.js';
import { agentSandbox, type SessionWorkspace } from './session-workspace.js';

/**
 * Agent failures that are the host's, not the agent's: the model could not be reached or answered
 * garbage, the sandbox or the store went away. Evaluating such a run would blame the agent and
 * burn generations; the message ends in the typed error instead, and the session stays where it
 * was, so the same message may be sent again.
 */
const HOST_FAILURES: ReadonlySet<KernelError['code']> = new Set([
  'llm',
  'llm-timeout',
  'rate-limited',
  'circuit-open',
  'llm-not-configured',
  'unavailable',
  'backend',
  'not-running',
  'system-not-running',
  'store',
  'io',
]);

/** How an execution ended, as the protocol records it. */
export interface ExecutionOutcome {
  readonly status: 'completed' | 'failed';
  readonly durationMs: number;
  /** The agent's final message, or the failure in words. */
  readonly text: string;
  readonly result: AgentRunResult | null;
  readonly error: KernelError | null;
}

/**
 * Execute = scheduler admission → supervisor fork → agent runtime on the seed. The agent acts for
 * the session's owner (its permissions derive from their role), works in the session's
 * workspace and runs commands in its sandbox. Aborting `signal` kills the agent.
 */
export async function runExecution(
  deps: OrchestratorDeps,
  owner: { sessionId: string; userId: string },
  seed: Seed,
  workspace: SessionWorkspace,
  signal?: AbortSignal,
): Promise<Result<ExecutionOutcome, KernelError>> {
  const started = Date.now();
  const user = `user:${owner.userId}` as const;
  const forked = deps.supervisor.fork({
    seed: { id: seed.id, goal: seed.goal },
    owner: user,
    sessionId: owner.sessionId,
  });
  if (forked.isErr()) return err(forked.error);
  const agent = forked.value;
  const permitted = deps.access.createPermissions(agent.id, { owner: user, by: 'system' });
  if (permitted.isErr()) return err(permitted.error);
  const prompt = deps.prompts.resolve(owner.sessionId);
  if (prompt.isErr()) return err(prompt.error);
  const sandbox =
    deps.containers === null ? undefined : agentSandbox(deps.containers, workspace, agent.id, owner.sessionId);
  const run = deps.runtime.forAgent({
    ...runInputFromPrompt(prompt.value),
    sessionId: owner.sessionId,
    userId: owner.userId,
    seed,
    workspaceRoot: workspace.workspaceRoot,
    ...(sandbox === undefined ? {} : { sandbox }),
  });
  const submitted = deps.scheduler.submit<AgentRunResult>({
    kind: 'execute-seed',
    description: seed.goal.slice(0, 200),
    priority: 'normal',
    sessionId: owner.sessionId,
    agentId: agent.id,
    payload: { seedId: seed.id },
    ...(signal ? { signal } : {}),
    run: async (taskSignal) => {
      const execution = deps.supervisor.exec(agent.id, run, { signal: taskSignal });
      if (execution.isErr()) return err(execution.error);
      const exit = await execution.value.done;
      return exit.status === 'idle' ? ok(exit.value) : err(exit.error);
    },
  });
  if (submitted.isErr()) return err(submitted.error);
  const outcome = await submitted.value.done;
  const durationMs = Date.now() - started;
  if (outcome.status === 'completed') {
    return ok({ status: 'completed', durationMs, text: outcome.value.text, result: outcome.value, error: null });
  }
  // The kernel is stopping: the run did not fail, it was cut short — the session is interrupted
  // (resumable) instead of recording a failed execution to evaluate.
  if (outcome.status === 'interrupted' || outcome.status === 'suspended') {
    return err({
      code: 'aborted',
      operation: 'execute',
      message: `the agent was interrupted: ${outcome.error.message}`,
    });
  }
  if (HOST_FAILURES.has(outcome.error.code)) return err(outcome.error);
  return ok({
    status: 'failed',
    durationMs,
    text: `The agent did not finish (${outcome.status}): ${outcome.error.message}`,
    result: null,
    error: outcome.error,
  });
}
