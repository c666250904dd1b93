import type { Usage } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { dayStarts, usageByDay } from './usage-series.js';

const totals = { requests: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
const usage = (...models: [string, number, number][]): Usage => ({
  totals: { ...totals, totalTokens: 0, costUsd: 0 },
  byModel: models.map(([model, costUsd, totalTokens]) => ({ ...totals, provider: 'p', model, costUsd, totalTokens })),
});

describe('dayStarts', () => {
  it('gives UTC midnights, oldest first, ending today', () => {
    expect(dayStarts(Date.parse('2026-03-03T15:30:00Z'), 3)).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ]);
  });
});

describe('usageByDay', () => {
  it('turns cumulative since-answers into per-day, per-model amounts', () => {
    const starts = ['d1', 'd2', 'd3'];
    // Since d1: a cost 3 (1 on d1, 2 on d3), b cost 5 (all on d2). Since d2: a 2, b 5. Since d3: a 2.
    const days = usageByDay(starts, [
      usage(['a', 3, 30], ['b', 5, 50]),
      usage(['b', 5, 50], ['a', 2, 20]),
      usage(['a', 2, 20]),
    ]);
    expect(days).toEqual([
      { day: 'd1', models: [{ key: 'p/a', costUsd: 1, totalTokens: 10 }] },
      { day: 'd2', models: [{ key: 'p/b', costUsd: 5, totalTokens: 50 }] },
      { day: 'd3', models: [{ key: 'p/a', costUsd: 2, totalTokens: 20 }] },
    ]);
  });

  it('gives empty days when nothing was used', () => {
    expect(usageByDay(['d1', 'd2'], [usage(), usage()])).toEqual([
      { day: 'd1', models: [] },
      { day: 'd2', models: [] },
    ]);
  });
});
