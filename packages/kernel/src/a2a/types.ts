import type { Result, ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { SandboxExec } from '../runtime/ports/sandbox-exec.js';

/** How urgent a delegated task is. */
export type A2aPriority = 'low' | 'normal' | 'high' | 'critical';

/** Hand a task to another agent (or, addressed to the orchestrator, to a new child agent). */
export interface DelegateTaskMessage {
  readonly type: 'delegate-task';
  readonly taskId: string;
  readonly description: string;
  readonly priority: A2aPriority;
  /** Structured input for the task. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

/** Progress on a task. */
export interface StatusUpdateMessage {
  readonly type: 'status-update';
  readonly taskId: string;
  /** 0–100. */
  readonly progress: number;
  readonly message: string;
}

/** The outcome of a task. */
export interface ShareResultMessage {
  readonly type: 'share-result';
  readonly taskId: string;
  /** False when the task failed; `summary` says why. */
  readonly ok: boolean;
  readonly summary: string;
  readonly result?: Readonly<Record<string, unknown>>;
}

/** Which running agents can do something (answered by the orchestrator from the cards). */
export interface CapabilityQueryMessage {
  readonly type: 'capability-query';
  /** Text matched against names, descriptions, capabilities and skills; empty matches all. */
  readonly query: string;
  readonly requiredCapabilities: readonly string[];
}

/** An agent introduces itself: its card's name and capabilities are updated. */
export interface HandshakeMessage {
  readonly type: 'handshake';
  readonly name: string;
  readonly capabilities: readonly string[];
}

/** Every typed A2A message, discriminated by `type`. */
export type A2aMessage =
  DelegateTaskMessage | StatusUpdateMessage | ShareResultMessage | CapabilityQueryMessage | HandshakeMessage;

/** The address of the orchestrator: it spawns delegates and answers queries. */
export const ORCHESTRATOR_ADDRESS = 'orchestrator';

/** A message on its way: who sent it to whom, when. */
export interface A2aEnvelope {
  readonly id: string;
  /** An agent id, or `orchestrator`. */
  readonly from: string;
  readonly to: string;
  readonly sentAt: number;
  readonly message: A2aMessage;
}

/** A running agent as other agents see it. */
export interface AgentCard {
  readonly agentId: string;
  readonly name: string;
  readonly description: string;
  /** The user it acts for (`user:ann`); agents only ever see cards of their own owner. */
  readonly owner: string;
  readonly sessionId: string | null;
  readonly parentId: string | null;
  /** What it says it can do (set by its handshake). */
  readonly capabilities: readonly string[];
  /** The skills it was started with. */
  readonly skills: readonly string[];
  readonly registeredAt: number;
}

/** The sending agent, as its tool call knows it (never from the model's arguments). */
export interface A2aSender {
  readonly agentId: string;
  /** Where a delegate works: the sender's workspace and sandbox. */
  readonly workspaceRoot: string;
  readonly sandbox: SandboxExec | undefined;
  readonly signal: AbortSignal;
}

/** What {@link A2a.send} did. */
export type A2aSendOutcome =
  | { readonly kind: 'delivered'; readonly envelope: A2aEnvelope }
  | { readonly kind: 'delegated'; readonly envelope: A2aEnvelope; readonly childId: string }
  | { readonly kind: 'answered'; readonly envelope: A2aEnvelope; readonly cards: readonly AgentCard[] }
  | { readonly kind: 'registered'; readonly envelope: A2aEnvelope; readonly card: AgentCard };

/** Options of {@link A2a.receive}. */
export interface ReceiveOptions {
  /** Only messages this accepts (others stay queued). Default: all. */
  readonly filter?: (envelope: A2aEnvelope) => boolean;
  /** At most this many. Default 20. */
  readonly max?: number;
  /** Wait this long for a first message when none is queued. Default 0. */
  readonly waitMs?: number;
  readonly signal?: AbortSignal;
}

/** Agent-to-agent messaging inside one kernel. */
export interface A2a {
  /** Cards of running agents. */
  readonly cards: {
    get(agentId: string): Result<AgentCard, KernelError>;
    /** Running agents of `owner`, optionally only those with every capability given. */
    list(owner: string, requiredCapabilities?: readonly string[]): readonly AgentCard[];
  };
  /**
   * Sends `message` from a running agent to another running agent of the same owner, or to the
   * orchestrator (`to` = `orchestrator`): a delegation there forks a child agent — refused unless
   * the sender's permissions allow forking (`canFork`) — whose result comes back to the sender as
   * a `share-result`; a capability query is answered; a handshake updates the sender's card.
   */
  send(sender: A2aSender, to: string, message: A2aMessage): ResultAsync<A2aSendOutcome, KernelError>;
  /** Takes messages from an agent's inbox (oldest first). */
  receive(agentId: string, options?: ReceiveOptions): Promise<readonly A2aEnvelope[]>;
  /** Stops delegated children and drops every inbox. */
  close(): void;
}
