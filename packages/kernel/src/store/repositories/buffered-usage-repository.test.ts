import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { createBufferedUsageRepository } from './buffered-usage-repository.js';
import { createSessionRepository } from './session-repository.js';
import { createUsageRepository, type UsageRecord } from './usage-repository.js';

const record = (sessionId: string, costUsd: number): UsageRecord => ({
  at: 1,
  sessionId,
  agentId: 'a1',
  provider: 'anthropic',
  model: 'claude-sonnet-4-5',
  inputTokens: 100,
  outputTokens: 10,
  cacheReadTokens: 5,
  cacheWriteTokens: 0,
  costUsd,
});

describe('createBufferedUsageRepository', () => {
  it('buffers records, answers totals exactly without writing, and writes them in batches', async () => {
    await using home = await createTempHome();
    const store = openStore({ home: home.path })._unsafeUnwrap();
    const direct = createUsageRepository(store);
    const buffered = createBufferedUsageRepository(direct, { flushIntervalMs: 60_000, maxBuffered: 3 });
    buffered.record(record('s1', 0.5))._unsafeUnwrap();
    buffered.record(record('s1', 0.25))._unsafeUnwrap();
    expect(direct.totals({ sessionId: 's1' })._unsafeUnwrap().requests).toBe(0);
    expect(buffered.totals({ sessionId: 's1' })._unsafeUnwrap()).toEqual({
      requests: 2,
      inputTokens: 200,
      outputTokens: 20,
      cacheReadTokens: 10,
      cacheWriteTokens: 0,
      totalTokens: 230,
      costUsd: 0.75,
    });
    expect(direct.totals({ sessionId: 's1' })._unsafeUnwrap().requests).toBe(0);
    for (let index = 0; index < 3; index += 1) buffered.record(record('s2', 1))._unsafeUnwrap();
    // The third record filled the buffer: those three were written in one batch.
    expect(direct.totals({})._unsafeUnwrap().requests).toBe(3);
    expect(buffered.totals({ sessionId: 's2' })._unsafeUnwrap().requests).toBe(3);
    buffered.record(record('s3', 1))._unsafeUnwrap();
    buffered.close()._unsafeUnwrap();
    expect(direct.byModel({})._unsafeUnwrap()).toEqual([
      expect.objectContaining({ provider: 'anthropic', model: 'claude-sonnet-4-5', requests: 6, costUsd: 4.75 }),
    ]);
    store.close();
  });

  it("sums a user's sessions and records since a time, buffered ones included", async () => {
    await using home = await createTempHome();
    const store = openStore({ home: home.path })._unsafeUnwrap();
    const sessions = createSessionRepository(store);
    const ann = sessions.create({ userId: 'ann' })._unsafeUnwrap();
    const bob = sessions.create({ userId: 'bob' })._unsafeUnwrap();
    const buffered = createBufferedUsageRepository(createUsageRepository(store), { flushIntervalMs: 60_000 });
    buffered.record({ ...record(ann.id, 1), at: 100 })._unsafeUnwrap();
    buffered.record({ ...record(ann.id, 2), at: 200 })._unsafeUnwrap();
    buffered.record({ ...record(bob.id, 4), at: 200 })._unsafeUnwrap();
    expect(buffered.totals({ userId: 'ann' })._unsafeUnwrap()).toMatchObject({ requests: 2, costUsd: 3 });
    expect(buffered.totals({ userId: 'ann', since: 150 })._unsafeUnwrap()).toMatchObject({ requests: 1, costUsd: 2 });
    expect(buffered.byModel({ since: 150 })._unsafeUnwrap()).toEqual([
      expect.objectContaining({ requests: 2, costUsd: 6 }),
    ]);
    expect(buffered.totals({ userId: 'carl' })._unsafeUnwrap().requests).toBe(0);
    buffered.close()._unsafeUnwrap();
    store.close();
  });
});
