import { createTempHome, type TempHome } from '@oxios/testkit';
import { errAsync, okAsync } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { internalError } from '../errors/constructors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createContextManager, type ContextManager } from './context-manager.js';

// Each "x" block is 400 characters ≈ 100 tokens with the default estimate.
const block = (tag: string) => `${tag}:`.padEnd(400, 'x');

describe('ContextManager', () => {
  let home: TempHome;
  let store: Store;
  let clock: number;
  let context: ContextManager;
  const create = (limits: { activeLimitTokens: number; cacheLimitEntries: number }) =>
    createContextManager({ store, ...limits, now: () => (clock += 1) });

  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    clock = 0;
    context = create({ activeLimitTokens: 300, cacheLimitEntries: 2 });
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  it('estimates tokens per entry and keeps entries active within the budget', () => {
    const entry = context.put({ sessionId: 's', content: block('a') })._unsafeUnwrap();
    expect(entry).toMatchObject({ tier: 'active', tokens: 100 });
    expect(context.stats()._unsafeUnwrap()).toMatchObject({ activeEntries: 1, activeTokens: 100 });
  });

  it('demotes the least recently used active entry when the budget is exceeded', () => {
    const a = context.put({ sessionId: 's', content: block('a') })._unsafeUnwrap();
    const b = context.put({ sessionId: 's', content: block('b') })._unsafeUnwrap();
    context.put({ sessionId: 's', content: block('c') })._unsafeUnwrap();
    context.get(a.id)._unsafeUnwrap(); // a is now more recent than b
    context.put({ sessionId: 's', content: block('d') })._unsafeUnwrap();
    expect(context.get(b.id)._unsafeUnwrap().tier).toBe('cache');
    expect(context.active('s').map((entry) => entry.content.slice(0, 1))).toEqual(['a', 'c', 'd']);
    expect(context.stats()._unsafeUnwrap()).toMatchObject({ activeTokens: 300, demotions: 1 });
  });

  it('archives the least recently used cache entries beyond the cap, compressed in the store', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map(
      (tag) => context.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap().id,
    );
    // 3 active (300 tokens), 2 cached, 1 archived.
    expect(context.stats()._unsafeUnwrap()).toMatchObject({
      activeEntries: 3,
      cacheEntries: 2,
      archivedEntries: 1,
      archivals: 1,
    });
    const row = store.database.prepare('SELECT id, length(content) AS bytes FROM context_archive').get() as {
      id: string;
      bytes: number;
    };
    expect(row.id).toBe(ids[0]);
    expect(row.bytes).toBeLessThan(100);
  });

  it('restores an archived entry into the cache, or the active tier when promoted', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
      (tag) => context.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap().id,
    );
    const restored = context.get(ids[0] ?? '')._unsafeUnwrap();
    expect(restored).toMatchObject({ tier: 'cache', content: block('a') });
    const promoted = context.get(ids[1] ?? '', { promote: true })._unsafeUnwrap();
    expect(promoted.tier).toBe('active');
    expect(context.active('s').map((entry) => entry.id)).toContain(ids[1]);
    expect(context.stats()._unsafeUnwrap().promotions).toBe(2);
  });

  it('keeps archived entries across a restart', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map(
      (tag) => context.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap().id,
    );
    store.close();
    store = openStore({ home: home.path })._unsafeUnwrap();
    const fresh = create({ activeLimitTokens: 300, cacheLimitEntries: 2 });
    expect(fresh.get(ids[0] ?? '')._unsafeUnwrap().content).toBe(block('a'));
    expect(fresh.get('missing')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });

  it('parks an entry larger than the whole budget in the cache instead of evicting everything', () => {
    context.put({ sessionId: 's', content: block('a') })._unsafeUnwrap();
    const huge = context.put({ sessionId: 's', content: 'y'.repeat(4000) })._unsafeUnwrap();
    expect(huge.tier).toBe('cache');
    expect(context.active('s')).toHaveLength(1);
  });

  describe('compact', () => {
    it('does nothing below the threshold', async () => {
      for (const tag of ['a', 'b', 'c']) context.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap();
      const result = await context.compact('s', {
        usedTokens: 700,
        windowTokens: 1000,
        summarize: () => okAsync('summary'),
      });
      expect(result._unsafeUnwrap()).toMatchObject({ compacted: false, replacedEntries: 0 });
    });

    it('summarises older entries at the threshold, archives them and keeps the recent ones', async () => {
      const big = create({ activeLimitTokens: 10_000, cacheLimitEntries: 10 });
      const ids = ['a', 'b', 'c', 'd'].map(
        (tag) => big.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap().id,
      );
      const seen: string[] = [];
      const result = await big.compact('s', {
        usedTokens: 800,
        windowTokens: 1000,
        keepRecent: 1,
        summarize: (entries) => {
          seen.push(...entries.map((entry) => entry.id));
          return okAsync('summary of a, b, c');
        },
      });
      const compaction = result._unsafeUnwrap();
      expect(seen).toEqual(ids.slice(0, 3));
      expect(compaction).toMatchObject({ compacted: true, replacedEntries: 3, tokensBefore: 400 });
      expect(big.active('s').map((entry) => entry.content)).toEqual([block('d'), 'summary of a, b, c']);
      expect(big.get(ids[0] ?? '')._unsafeUnwrap().content).toBe(block('a'));
    });

    it('loses nothing when summarising fails', async () => {
      for (const tag of ['a', 'b', 'c']) context.put({ sessionId: 's', content: block(tag) })._unsafeUnwrap();
      const result = await context.compact('s', {
        usedTokens: 900,
        windowTokens: 1000,
        summarize: () => errAsync(internalError('llm down')),
      });
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'internal' });
      expect(context.active('s')).toHaveLength(3);
    });
  });
});
