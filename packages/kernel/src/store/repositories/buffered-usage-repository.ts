import { ok, type Result } from 'neverthrow';
import type { KernelError } from '../../errors/kernel-error.js';
import { noopLogger, type Logger } from '../../logger/logger.js';
import type { UsageRecord, UsageRepository } from './usage-repository.js';

/** A usage repository that writes in batches. */
export interface BufferedUsageRepository extends UsageRepository {
  /** Writes the buffered records now, in one transaction. */
  flush(): Result<void, KernelError>;
  /** Flushes and stops the flush timer. Idempotent. */
  close(): Result<void, KernelError>;
}

/** Options of {@link createBufferedUsageRepository}. */
export interface BufferedUsageOptions {
  /** Longest a record waits in memory. Default 1000 ms. */
  readonly flushIntervalMs?: number;
  /** Records buffered before a flush. Default 256. */
  readonly maxBuffered?: number;
  readonly logger?: Logger;
}

/**
 * Buffers usage records and writes them in one transaction per batch (after `flushIntervalMs`,
 * at `maxBuffered`, and on close), so an agent turn costs no synchronous SQLite commit. `totals`
 * adds the buffered records to the stored ones and `byModel` flushes first, so reads are exact;
 * a crash loses at most one interval of records.
 */
export function createBufferedUsageRepository(
  repository: UsageRepository,
  options: BufferedUsageOptions = {},
): BufferedUsageRepository {
  const interval = options.flushIntervalMs ?? 1_000;
  const maxBuffered = options.maxBuffered ?? 256;
  const logger = (options.logger ?? noopLogger).child({ component: 'usage' });
  let buffer: UsageRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = (): Result<void, KernelError> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return ok(undefined);
    const batch = buffer;
    buffer = [];
    const written = repository.recordMany(batch);
    if (written.isErr()) logger.error({ err: written.error, records: batch.length }, 'usage records lost');
    return written;
  };
  return {
    record(usage) {
      buffer.push(usage);
      if (buffer.length >= maxBuffered) return flush();
      if (timer === undefined) {
        timer = setTimeout(flush, interval);
        timer.unref();
      }
      return ok(undefined);
    },
    recordMany(usages) {
      buffer.push(...usages);
      return flush();
    },
    totals(filter) {
      // Owners live in the store: a filter by user or time sums what is written.
      if (filter.userId !== undefined || filter.since !== undefined)
        return flush().andThen(() => repository.totals(filter));
      // The stored totals plus what is still buffered: exact without forcing a write.
      return repository.totals(filter).map((stored) => {
        let { requests, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, costUsd } = stored;
        for (const usage of buffer) {
          if (filter.sessionId !== undefined && usage.sessionId !== filter.sessionId) continue;
          if (filter.agentId !== undefined && usage.agentId !== filter.agentId) continue;
          requests += 1;
          inputTokens += usage.inputTokens;
          outputTokens += usage.outputTokens;
          cacheReadTokens += usage.cacheReadTokens;
          cacheWriteTokens += usage.cacheWriteTokens;
          costUsd += usage.costUsd;
        }
        const totalTokens = inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens;
        return { requests, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, totalTokens, costUsd };
      });
    },
    byModel(filter) {
      return flush().andThen(() => repository.byModel(filter));
    },
    flush,
    close: flush,
  };
}
