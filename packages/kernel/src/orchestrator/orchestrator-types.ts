import type { EvaluationSummary, OuroborosEngine, SessionState } from '@oxios/ouroboros';
import type { ResultAsync } from 'neverthrow';
import type { AccessManager } from '../access/access-manager.js';
import type { OxiosConfig } from '../config/schema.js';
import type { ContainerManager } from '../containers/container-manager.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventBus } from '../events/event-bus.js';
import type { KernelEvent } from '../events/kernel-event.js';
import type { Logger } from '../logger/logger.js';
import type { PromptResolver } from '../personas/create-prompt-resolver.js';
import type { AgentRuntime } from '../runtime/agent/types.js';
import type { LlmEngine } from '../runtime/llm/types.js';
import type { Scheduler } from '../scheduler/create-scheduler.js';
import type { SessionRepository } from '../store/repositories/session-repository.js';
import type { Store } from '../store/store.js';
import type { Supervisor } from '../supervisor/create-supervisor.js';

/** One message from a person to a session. */
export interface OrchestratorRequest {
  readonly sessionId: string;
  /** The session's owner (a user name); a session of someone else is `not-found`. */
  readonly userId: string;
  /** The person's words, verbatim: the request, an interview answer, or anything to resume. */
  readonly text: string;
  /** Open the seed gate although ambiguity is above the threshold; the reason is recorded. */
  readonly force?: { readonly reason: string };
  /** Aborting interrupts the session (resumable). */
  readonly signal?: AbortSignal;
  readonly requestId?: string;
}

/** How one acceptance criterion ended. */
export interface CriterionOutcome {
  readonly key: string;
  readonly description: string;
  readonly verdict: 'pass' | 'fail' | 'unresolved';
  /** The verify command could not run (no sandbox): never counted as passed. */
  readonly unverified: boolean;
  /** Why it failed, in words. */
  readonly failures: readonly string[];
  /** The verify command's output (capped), when it ran. */
  readonly output: string | null;
  readonly score: number | null;
}

/** What the orchestrator answers. `text` is what the person reads (also stored as a message). */
export type OrchestratorReply =
  | {
      readonly kind: 'question';
      readonly sessionId: string;
      readonly round: number;
      readonly question: string;
      /** The latest ambiguity (0 clear … 1 unclear), or null before scoring. */
      readonly ambiguity: number | null;
      readonly text: string;
    }
  | {
      readonly kind: 'result';
      readonly sessionId: string;
      readonly outcome: 'passed' | 'failed' | 'stagnated' | 'exhausted';
      readonly seedId: string;
      readonly generation: number;
      /** The seed gate was forced open. */
      readonly forced: boolean;
      readonly criteria: readonly CriterionOutcome[];
      /** Where the artefacts are (the session's workspace on the host). */
      readonly workspace: string;
      readonly evaluation: EvaluationSummary;
      readonly text: string;
    }
  | {
      readonly kind: 'status';
      readonly sessionId: string;
      readonly phase: string;
      readonly status: string;
      readonly text: string;
    };

/** What the orchestrator is built from (the kernel's subsystems). */
export interface OrchestratorDeps {
  readonly config: OxiosConfig;
  readonly store: Store;
  readonly bus: EventBus<KernelEvent>;
  readonly sessions: SessionRepository;
  readonly scheduler: Scheduler;
  readonly supervisor: Supervisor;
  readonly runtime: AgentRuntime;
  readonly access: AccessManager;
  readonly llm: LlmEngine;
  readonly prompts: PromptResolver;
  /** The project sandboxes; null when no backend is available (verify commands then do not run). */
  readonly containers: ContainerManager | null;
  readonly logger: Logger;
  /** The protocol engine for a session; default: over `llm`. Tests may script it. */
  readonly engineFor?: (sessionId: string) => OuroborosEngine;
  readonly now?: () => Date;
}

/** Drives the Ouroboros loop for sessions; one instance per kernel. */
export interface Orchestrator {
  /** Handles one message: runs the loop as far as it goes without the person, then replies. */
  handle(request: OrchestratorRequest): ResultAsync<OrchestratorReply, KernelError>;
  /** Continues an interrupted session. */
  resume(request: Omit<OrchestratorRequest, 'text' | 'force'>): ResultAsync<OrchestratorReply, KernelError>;
  /** The session's protocol state, rebuilt from its events; null before its first message. */
  state(sessionId: string): ResultAsync<SessionState | null, KernelError>;
  /**
   * Marks sessions that were mid-loop when the kernel stopped as `interrupted` (with a reason the
   * person sees) and returns their ids. Called once at start.
   */
  recover(): ResultAsync<readonly string[], KernelError>;
}
