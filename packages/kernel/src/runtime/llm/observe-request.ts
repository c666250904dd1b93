import type { Api, Model } from '@earendil-works/pi-ai';
import type { Logger } from '../../logger/logger.js';
import type { UsageRecord } from '../../store/repositories/usage-repository.js';
import type { LlmEvent } from './llm-event.js';
import type { LlmRequestObserver, LlmRequestOptions } from './types.js';

/** Where the engine reports what its requests did. */
export interface RequestReporting {
  readonly logger: Logger;
  readonly publish: (event: LlmEvent) => void;
  readonly recordUsage: ((record: UsageRecord) => void) | undefined;
  readonly now: () => number;
}

/**
 * The observer of one request: records its usage (store and `llm-usage-recorded`), publishes
 * retries, logs failures (codes, never keys or bodies), then calls the caller's own hooks.
 */
export function observeRequest(
  model: Model<Api>,
  request: LlmRequestOptions,
  reporting: RequestReporting,
): LlmRequestObserver {
  const attribution = { sessionId: request.sessionId ?? null, agentId: request.agentId ?? null };
  const target = { provider: model.provider, model: model.id };
  return {
    signal: request.signal,
    onUsage: (usage, message) => {
      if (usage.totalTokens > 0 || usage.cost.total > 0) {
        const record = {
          ...target,
          ...attribution,
          inputTokens: usage.input,
          outputTokens: usage.output,
          cacheReadTokens: usage.cacheRead,
          cacheWriteTokens: usage.cacheWrite,
          costUsd: usage.cost.total,
        };
        reporting.recordUsage?.({ at: reporting.now(), ...record });
        reporting.publish({ type: 'llm-usage-recorded', ...record, runId: request.runId ?? null });
      }
      request.onUsage?.(usage, message);
    },
    onRetry: (retry) => {
      reporting.logger.info({ ...target, attempt: retry.attempt, code: retry.error.code }, 'llm retry');
      reporting.publish({
        type: 'llm-retry-scheduled',
        ...target,
        ...attribution,
        attempt: retry.attempt,
        delayMs: retry.delayMs,
        code: retry.error.code,
        discardPartial: retry.discardPartial,
      });
      request.onRetry?.(retry);
    },
    onError: (error) => {
      reporting.logger.warn({ ...target, code: error.code, err: error }, 'llm request failed');
      request.onError?.(error);
    },
  };
}
