import type { KernelErrorCode } from '../../errors/kernel-error.js';

/** Ids every agent-runtime event carries. */
interface RunIds {
  readonly runId: string;
  readonly agentId: string;
  readonly sessionId: string;
}

/**
 * Events of agent runs: each step of a run as it happens. Tool arguments appear only as a short
 * summary (`write notes.txt`); file contents, command output and keys never do.
 */
export type AgentRuntimeEvent =
  | (RunIds & { readonly type: 'agent-run-started'; readonly provider: string; readonly model: string })
  | (RunIds & {
      readonly type: 'agent-run-ended';
      readonly status: 'completed' | 'failed' | 'aborted' | 'budget-exceeded';
      /** The error code when the run did not complete. */
      readonly code: KernelErrorCode | null;
      readonly turns: number;
      readonly toolCalls: number;
      readonly totalTokens: number;
      readonly costUsd: number;
      readonly durationMs: number;
    })
  | (RunIds & { readonly type: 'agent-turn-started'; readonly turn: number })
  | (RunIds & {
      readonly type: 'agent-turn-ended';
      readonly turn: number;
      /** pi-ai's stop reason of the turn's reply (`toolUse`, `stop`, `length`, `error`, `aborted`). */
      readonly stopReason: string;
      readonly toolCalls: number;
    })
  /** A piece of the assistant's reply text as it streams. */
  | (RunIds & { readonly type: 'agent-text-streamed'; readonly turn: number; readonly delta: string })
  | (RunIds & {
      readonly type: 'tool-call-started';
      readonly toolCallId: string;
      readonly tool: string;
      readonly summary: string;
    })
  | (RunIds & {
      readonly type: 'tool-call-ended';
      readonly toolCallId: string;
      readonly tool: string;
      readonly durationMs: number;
      readonly isError: boolean;
      /** The error code of a failed call (`permission-denied`, `path-denied`, …). */
      readonly code: string | null;
    })
  | (RunIds & {
      readonly type: 'agent-context-compacted';
      readonly replacedMessages: number;
      readonly tokensBefore: number;
    });
