import { err, errAsync, ok, okAsync, type Result, type ResultAsync } from 'neverthrow';
import { invalidArgument, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import { createContextArchive } from './context-archive.js';
import { estimateTokens as defaultEstimate } from './estimate-tokens.js';
import type { CompactionResult, ContextEntry, ContextStats, ContextTier } from './types.js';

/** Options for {@link createContextManager}. */
export interface ContextManagerOptions {
  readonly store: Store;
  readonly activeLimitTokens: number;
  readonly cacheLimitEntries: number;
  readonly compactionThreshold?: number;
  readonly now?: () => number;
  readonly estimateTokens?: (text: string) => number;
}

/** Turns the entries being compacted into one summary text (usually an LLM call). */
export type Summarize = (entries: readonly ContextEntry[]) => ResultAsync<string, KernelError>;

/** The 3-tier context manager: active (token budget), cache (entry cap, LRU), archive (store). */
export interface ContextManager {
  /** Adds content to the active tier, demoting least recently used entries to make room. */
  put(input: { sessionId: string; agentId?: string; content: string; id?: string }): Result<ContextEntry, KernelError>;
  /** Reads an entry from any tier and marks it used; `promote` moves it (back) to the active tier. */
  get(id: string, options?: { promote?: boolean }): Result<ContextEntry, KernelError>;
  /** Active entries of a session, oldest first — what goes into the model's context. */
  active(sessionId: string): readonly ContextEntry[];
  /** Moves an active entry to the cache tier. */
  demote(id: string): Result<ContextEntry, KernelError>;
  /** Removes an entry from every tier. */
  remove(id: string): Result<void, KernelError>;
  /**
   * The compaction hook the runtime calls as a transcript grows: when `usedTokens` reaches the
   * threshold of `windowTokens`, the session's older active entries (all but `keepRecent`) are
   * summarised into one entry and archived.
   */
  compact(
    sessionId: string,
    options: { usedTokens: number; windowTokens: number; keepRecent?: number; summarize: Summarize },
  ): ResultAsync<CompactionResult, KernelError>;
  stats(): Result<ContextStats, KernelError>;
}

type Hot = Map<string, ContextEntry>;

/** Creates a context manager; hot tiers live in memory, the archive in the store. */
export function createContextManager(options: ContextManagerOptions): ContextManager {
  const now = options.now ?? Date.now;
  const estimate = options.estimateTokens ?? defaultEstimate;
  const threshold = options.compactionThreshold ?? 0.8;
  const archive = createContextArchive(options.store);
  // Map iteration order is insertion order: re-inserting on access keeps both maps in LRU order.
  const activeTier: Hot = new Map();
  const cacheTier: Hot = new Map();
  const counters = { demotions: 0, archivals: 0, promotions: 0, compactions: 0 };
  let activeTokens = 0;

  const place = (entry: ContextEntry, tier: ContextTier): ContextEntry => {
    const placed = { ...entry, tier, lastAccessedAt: now() };
    if (tier === 'active') {
      activeTier.set(placed.id, placed);
      activeTokens += placed.tokens;
    } else {
      cacheTier.set(placed.id, placed);
    }
    return placed;
  };
  const takeHot = (id: string): ContextEntry | undefined => {
    const fromActive = activeTier.get(id);
    if (fromActive) {
      activeTier.delete(id);
      activeTokens -= fromActive.tokens;
      return fromActive;
    }
    const fromCache = cacheTier.get(id);
    if (fromCache) cacheTier.delete(id);
    return fromCache;
  };
  const enforceCacheLimit = (): Result<void, KernelError> => {
    while (cacheTier.size > options.cacheLimitEntries) {
      const [oldest] = cacheTier.values();
      if (!oldest) break;
      const archived = archive.put(oldest, now());
      if (archived.isErr()) return archived;
      cacheTier.delete(oldest.id);
      counters.archivals += 1;
    }
    return ok(undefined);
  };
  const makeRoom = (tokens: number): Result<void, KernelError> => {
    while (activeTokens + tokens > options.activeLimitTokens && activeTier.size > 0) {
      const [oldest] = activeTier.values();
      if (!oldest) break;
      takeHot(oldest.id);
      place(oldest, 'cache');
      counters.demotions += 1;
    }
    return enforceCacheLimit();
  };
  const admit = (entry: ContextEntry, tier: ContextTier): Result<ContextEntry, KernelError> => {
    // An entry larger than the whole budget cannot be active; it waits in the cache.
    const target = tier === 'active' && entry.tokens > options.activeLimitTokens ? 'cache' : tier;
    const room = target === 'active' ? makeRoom(entry.tokens) : ok(undefined);
    if (room.isErr()) return err(room.error);
    const placed = place(entry, target);
    return enforceCacheLimit().map(() => placed);
  };

  const manager: ContextManager = {
    put(input) {
      const id = input.id ?? crypto.randomUUID();
      if (activeTier.has(id) || cacheTier.has(id))
        return err(invalidArgument('id', `context entry "${id}" already exists`));
      const at = now();
      const entry: ContextEntry = {
        id,
        sessionId: input.sessionId,
        agentId: input.agentId ?? null,
        content: input.content,
        tokens: estimate(input.content),
        tier: 'active',
        createdAt: at,
        lastAccessedAt: at,
      };
      return admit(entry, 'active');
    },
    get(id, getOptions = {}) {
      const hot = takeHot(id);
      if (hot) {
        const tier = getOptions.promote === true ? 'active' : hot.tier;
        if (tier !== hot.tier) counters.promotions += 1;
        return admit(hot, tier);
      }
      return archive.take(id).andThen((restored) => {
        counters.promotions += 1;
        return admit(
          { ...restored, tier: 'archive', lastAccessedAt: now() },
          getOptions.promote === true ? 'active' : 'cache',
        );
      });
    },
    active(sessionId) {
      return [...activeTier.values()]
        .filter((entry) => entry.sessionId === sessionId)
        .sort((a, b) => a.createdAt - b.createdAt);
    },
    demote(id) {
      const entry = activeTier.get(id);
      if (!entry) return err(notFound('active context entry', id));
      takeHot(id);
      counters.demotions += 1;
      const placed = place(entry, 'cache');
      return enforceCacheLimit().map(() => placed);
    },
    remove(id) {
      if (takeHot(id)) return ok(undefined);
      return archive.has(id).andThen((exists) => (exists ? archive.remove(id) : err(notFound('context entry', id))));
    },
    compact(sessionId, compactOptions) {
      const entries = manager.active(sessionId);
      const tokensBefore = entries.reduce((sum, entry) => sum + entry.tokens, 0);
      const keep = compactOptions.keepRecent ?? 2;
      const older = entries.slice(0, Math.max(0, entries.length - keep));
      if (compactOptions.usedTokens < threshold * compactOptions.windowTokens || older.length === 0) {
        return okAsync({ compacted: false, replacedEntries: 0, tokensBefore, tokensAfter: tokensBefore });
      }
      return compactOptions.summarize(older).andThen((summaryText) => {
        for (const entry of older) {
          if (!activeTier.has(entry.id)) continue;
          takeHot(entry.id);
          const archived = archive.put(entry, now());
          if (archived.isErr()) return errAsync(archived.error);
          counters.archivals += 1;
        }
        const summary = manager.put({
          sessionId,
          content: summaryText,
          ...(older[0]?.agentId ? { agentId: older[0].agentId } : {}),
        });
        if (summary.isErr()) return errAsync(summary.error);
        counters.compactions += 1;
        const tokensAfter = manager.active(sessionId).reduce((sum, entry) => sum + entry.tokens, 0);
        return okAsync({
          compacted: true,
          replacedEntries: older.length,
          tokensBefore,
          tokensAfter,
          summary: summary.value,
        });
      });
    },
    stats() {
      return archive.count().map((archivedEntries) => ({
        activeEntries: activeTier.size,
        activeTokens,
        activeLimitTokens: options.activeLimitTokens,
        cacheEntries: cacheTier.size,
        cacheLimitEntries: options.cacheLimitEntries,
        archivedEntries,
        ...counters,
      }));
    },
  };
  return manager;
}
