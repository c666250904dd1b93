import { randomUUID } from 'node:crypto';
import type { A2aArtifact, A2aMessage, A2aTask, A2aTaskState } from '@oxios/sdk-client';

/** States after which a task takes no more messages. */
const TERMINAL: ReadonlySet<A2aTaskState> = new Set(['completed', 'canceled', 'failed', 'rejected']);

/** Whether a task in `state` is finished for good. */
export const isTerminal = (state: A2aTaskState): boolean => TERMINAL.has(state);

/** What settles a task: its new state, the agent's message and any artifacts. */
export interface TaskOutcome {
  readonly state: A2aTaskState;
  readonly text: string;
  readonly artifacts?: readonly A2aArtifact[];
}

/** The A2A tasks this server has seen, each owned by the user who sent it. */
export interface A2aTasks {
  /** A new `submitted` task in session `contextId` whose history starts with `message`. */
  create(owner: string, contextId: string, message: A2aMessage): A2aTask;
  /** The task when it exists and `owner` may see it (`admin` sees every task). */
  get(id: string, owner: string, admin: boolean): A2aTask | undefined;
  /** Adds a user message to a task and marks it `working`. */
  continueWith(id: string, message: A2aMessage): void;
  /** Marks a task `working`. */
  start(id: string): void;
  /** Records the agent's answer. */
  settle(id: string, outcome: TaskOutcome): void;
  /** A copy of the task with at most `historyLength` of its latest messages. */
  view(task: A2aTask, historyLength?: number): A2aTask;
}

interface Entry {
  readonly owner: string;
  task: A2aTask;
}

/**
 * Tasks live in memory, bounded: past `limit` the oldest finished tasks are forgotten (their
 * sessions, messages and seeds stay in the store). A restart forgets every task.
 */
export function createA2aTasks(options: { limit?: number; now?: () => number } = {}): A2aTasks {
  const limit = options.limit ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const timestamp = () => new Date(now()).toISOString();
  const update = (id: string, change: (task: A2aTask) => A2aTask) => {
    const entry = entries.get(id);
    if (entry) entry.task = change(entry.task);
  };
  const evict = () => {
    for (const [id, entry] of entries) {
      if (entries.size <= limit) return;
      if (isTerminal(entry.task.status.state)) entries.delete(id);
    }
  };
  return {
    create(owner, contextId, message) {
      const id = randomUUID();
      const task: A2aTask = {
        kind: 'task',
        id,
        contextId,
        status: { state: 'submitted', timestamp: timestamp() },
        history: [{ ...message, taskId: id, contextId }],
      };
      entries.set(id, { owner, task });
      evict();
      return task;
    },
    get(id, owner, admin) {
      const entry = entries.get(id);
      return entry && (admin || entry.owner === owner) ? entry.task : undefined;
    },
    continueWith(id, message) {
      update(id, (task) => ({
        ...task,
        status: { state: 'working', timestamp: timestamp() },
        history: [...(task.history ?? []), { ...message, taskId: id, contextId: task.contextId }],
      }));
    },
    start(id) {
      update(id, (task) => ({ ...task, status: { state: 'working', timestamp: timestamp() } }));
    },
    settle(id, outcome) {
      update(id, (task) => {
        const message: A2aMessage = {
          kind: 'message',
          messageId: randomUUID(),
          role: 'agent',
          parts: [{ kind: 'text', text: outcome.text }],
          taskId: id,
          contextId: task.contextId,
        };
        return {
          ...task,
          status: { state: outcome.state, message, timestamp: timestamp() },
          history: [...(task.history ?? []), message],
          ...(outcome.artifacts ? { artifacts: [...(task.artifacts ?? []), ...outcome.artifacts] } : {}),
        };
      });
    },
    view(task, historyLength) {
      if (historyLength === undefined) return task;
      const history = task.history ?? [];
      return { ...task, history: historyLength === 0 ? [] : history.slice(-historyLength) };
    },
  };
}
