import type { KernelErrorCode } from '../errors/kernel-error.js';

/** An agent was forked (status `starting`). */
export interface AgentCreatedEvent {
  readonly type: 'agent-created';
  readonly agentId: string;
  readonly name: string;
  readonly seedId: string | null;
  readonly sessionId: string | null;
  readonly parentId: string | null;
}

/** An agent's run started (status `running`). */
export interface AgentStartedEvent {
  readonly type: 'agent-started';
  readonly agentId: string;
}

/** An agent's run succeeded (status `idle`). */
export interface AgentIdleEvent {
  readonly type: 'agent-idle';
  readonly agentId: string;
}

/** An agent was killed (status `stopped`). */
export interface AgentStoppedEvent {
  readonly type: 'agent-stopped';
  readonly agentId: string;
  readonly reason: string;
}

/** An agent's run failed, timed out, or was interrupted by a restart (status `failed`). */
export interface AgentFailedEvent {
  readonly type: 'agent-failed';
  readonly agentId: string;
  readonly code: KernelErrorCode;
  readonly message: string;
}

/** Every event the supervisor publishes, one per status transition. */
export type AgentEvent = AgentCreatedEvent | AgentStartedEvent | AgentIdleEvent | AgentStoppedEvent | AgentFailedEvent;
