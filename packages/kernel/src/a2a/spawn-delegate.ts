import { err, ok, type Result } from 'neverthrow';
import type { AccessManager } from '../access/access-manager.js';
import type { A2aSection } from '../config/sections/a2a.js';
import { invalidState, permissionDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { PromptResolver } from '../personas/create-prompt-resolver.js';
import { runInputFromPrompt } from '../runtime/agent/run-input-from-prompt.js';
import type { AgentRunResult, AgentRuntime } from '../runtime/agent/types.js';
import type { Supervisor } from '../supervisor/create-supervisor.js';
import type { AgentExit } from '../supervisor/types.js';
import type { A2aSender, AgentCard, DelegateTaskMessage } from './types.js';

/** What spawning a delegate needs from the kernel. */
export interface DelegateDeps {
  readonly config: Pick<A2aSection, 'delegation_timeout_secs' | 'max_depth'>;
  readonly supervisor: Pick<Supervisor, 'fork' | 'exec' | 'get' | 'list' | 'kill'>;
  readonly access: Pick<AccessManager, 'checkSpawn' | 'createPermissions'>;
  readonly runtime: Pick<AgentRuntime, 'forAgent'>;
  readonly prompts: Pick<PromptResolver, 'resolve'>;
}

/** A started delegate. */
export interface Delegate {
  readonly childId: string;
  /** Settles when the child's run ends (never rejects). */
  readonly done: Promise<AgentExit<AgentRunResult>>;
}

const MAX_GOAL = 20_000;

function depthOf(deps: DelegateDeps, parentId: string | null): number {
  let depth = 0;
  for (let cursor = parentId; cursor !== null && depth < 100; depth += 1) {
    const record = deps.supervisor.get(cursor);
    cursor = record.isOk() ? record.value.parentId : null;
  }
  return depth;
}

/**
 * Forks a child agent for a delegated task and starts it. The parent must be allowed to spawn
 * (`checkSpawn`: its `canFork` permission and its owner's role and agent limit; audited), and the
 * chain of delegations may not grow past `[a2a] max_depth`. The child acts for the same owner in
 * the same session, works in the parent's workspace and sandbox, gets its owner's default
 * permissions and stops when the parent's run stops or after `delegation_timeout_secs`.
 */
export function spawnDelegate(
  deps: DelegateDeps,
  parent: AgentCard,
  sender: A2aSender,
  task: DelegateTaskMessage,
): Result<Delegate, KernelError> {
  const subject = `agent:${parent.agentId}` as const;
  if (!parent.owner.startsWith('user:') || parent.sessionId === null)
    return err(invalidState('agent', parent.owner, 'only an agent acting for a user in a session can delegate'));
  const owner = parent.owner as `user:${string}`;
  const context = { sessionId: parent.sessionId, agentId: parent.agentId };
  const running = deps.supervisor.list({ status: 'running', limit: 500 });
  if (running.isErr()) return err(running.error);
  const mine = running.value.items.filter((agent) => agent.owner === owner).length;
  const allowed = deps.access.checkSpawn(subject, mine, context);
  if (allowed.isErr()) return err(allowed.error);
  if (depthOf(deps, parent.parentId) + 1 >= deps.config.max_depth) {
    return err(
      permissionDenied(
        subject,
        'spawn-agent',
        task.taskId,
        `delegations may nest at most ${deps.config.max_depth} deep`,
      ),
    );
  }
  const payload = task.payload === undefined ? '' : `\n\nInput (JSON): ${JSON.stringify(task.payload)}`;
  const goal = `${task.description}${payload}`.slice(0, MAX_GOAL);
  const forked = deps.supervisor.fork({
    seed: { id: task.taskId, goal },
    owner,
    sessionId: parent.sessionId,
    parentId: parent.agentId,
  });
  if (forked.isErr()) return err(forked.error);
  const child = forked.value;
  const permitted = deps.access.createPermissions(child.id, { owner, by: 'system', context });
  if (permitted.isErr()) return err(permitted.error);
  const prompt = deps.prompts.resolve(parent.sessionId);
  if (prompt.isErr()) return err(prompt.error);
  const run = deps.runtime.forAgent({
    ...runInputFromPrompt(prompt.value),
    sessionId: parent.sessionId,
    userId: owner.slice('user:'.length),
    seed: {
      id: task.taskId,
      goal,
      constraints: [`You are a delegate of agent ${parent.agentId}: do only this task, then answer with its result.`],
      acceptanceCriteria: [],
    },
    workspaceRoot: sender.workspaceRoot,
    ...(sender.sandbox === undefined ? {} : { sandbox: sender.sandbox }),
  });
  const execution = deps.supervisor.exec(child.id, run, {
    signal: sender.signal,
    timeoutMs: deps.config.delegation_timeout_secs * 1000,
  });
  if (execution.isErr()) return err(execution.error);
  return ok({ childId: child.id, done: execution.value.done });
}

export type { AgentExit };
