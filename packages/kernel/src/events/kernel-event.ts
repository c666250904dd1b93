import type { OrchestratorEvent } from '../orchestrator/orchestrator-events.js';
import type { A2aEvent } from '../a2a/a2a-events.js';
import type { McpEvent } from '../mcp/mcp-events.js';
import type { MemoryEvent } from '../memory/memory-events.js';
import type { PersonaEvent } from '../personas/persona-events.js';
import type { ProgramEvent } from '../programs/program-events.js';
import type { AccessEvent } from '../access/access-events.js';
import type { RuntimeEvent } from '../runtime/runtime-event.js';
import type { SchedulerEvent } from '../scheduler/scheduler-events.js';
import type { AgentEvent } from '../supervisor/agent-events.js';

/**
 * Every event the kernel publishes, discriminated by its kebab-case `type` (`noun-verb`).
 * Subsystems define their own event unions next to their code; this union collects them.
 */
export type KernelEvent =
  | KernelLifecycleEvent
  | SessionEvent
  | SchedulerEvent
  | AgentEvent
  | AccessEvent
  | ProgramEvent
  | PersonaEvent
  | MemoryEvent
  | RuntimeEvent
  | OrchestratorEvent
  | McpEvent
  | A2aEvent;

/** The kernel itself starting and stopping. */
export type KernelLifecycleEvent =
  | { readonly type: 'kernel-started'; readonly version: string; readonly home: string }
  | { readonly type: 'kernel-stopping'; readonly reason: string };

/** Conversations: every session event names its owner so streams can be filtered per user. */
export type SessionEvent =
  | { readonly type: 'session-created'; readonly sessionId: string; readonly userId: string }
  | {
      readonly type: 'session-message-added';
      readonly sessionId: string;
      readonly userId: string;
      readonly seq: number;
      readonly role: 'user' | 'assistant' | 'system' | 'tool';
      readonly content: string;
    }
  | {
      readonly type: 'session-status-changed';
      readonly sessionId: string;
      readonly userId: string;
      readonly status: string;
      readonly reason?: string;
    };
