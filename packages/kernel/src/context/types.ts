/** Where a context entry lives: in the model's context, in the recent cache, or archived in the store. */
export type ContextTier = 'active' | 'cache' | 'archive';

/** A piece of context (a message, a tool result, a summary) tracked for one session. */
export interface ContextEntry {
  readonly id: string;
  readonly sessionId: string;
  readonly agentId: string | null;
  readonly content: string;
  readonly tokens: number;
  readonly tier: ContextTier;
  readonly createdAt: number;
  readonly lastAccessedAt: number;
}

/** Counts per tier and the limits they are held to. */
export interface ContextStats {
  readonly activeEntries: number;
  readonly activeTokens: number;
  readonly activeLimitTokens: number;
  readonly cacheEntries: number;
  readonly cacheLimitEntries: number;
  readonly archivedEntries: number;
  readonly demotions: number;
  readonly archivals: number;
  readonly promotions: number;
  readonly compactions: number;
}

/** What a compaction did. */
export interface CompactionResult {
  readonly compacted: boolean;
  /** Entries replaced by the summary (archived, not lost). */
  readonly replacedEntries: number;
  readonly tokensBefore: number;
  readonly tokensAfter: number;
  /** The summary entry now in the active tier, when one was written. */
  readonly summary?: ContextEntry;
}
