import type { KernelErrorCode } from '../../errors/kernel-error.js';
import type { CircuitState } from './circuit-breaker.js';

/** Events of the LLM engine. Keys and request bodies never appear in them. */
export type LlmEvent =
  /** One request's tokens and cost (retried attempts included), as stored in the usage table. */
  | {
      readonly type: 'llm-usage-recorded';
      readonly provider: string;
      readonly model: string;
      readonly sessionId: string | null;
      readonly agentId: string | null;
      readonly runId: string | null;
      readonly inputTokens: number;
      readonly outputTokens: number;
      readonly cacheReadTokens: number;
      readonly cacheWriteTokens: number;
      readonly costUsd: number;
    }
  /**
   * A failed attempt will be retried after `delayMs`. `discardPartial`: text already streamed for
   * this request is replaced by the retry's.
   */
  | {
      readonly type: 'llm-retry-scheduled';
      readonly provider: string;
      readonly model: string;
      readonly sessionId: string | null;
      readonly agentId: string | null;
      readonly attempt: number;
      readonly delayMs: number;
      readonly code: KernelErrorCode;
      readonly discardPartial: boolean;
    }
  /** A provider's circuit breaker changed state. */
  | { readonly type: 'llm-circuit-changed'; readonly provider: string; readonly state: CircuitState };
