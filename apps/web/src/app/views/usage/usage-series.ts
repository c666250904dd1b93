import type { Usage } from '@oxios/sdk-client';

const DAY_MS = 86_400_000;

/** One model's cost and tokens in one day. */
export interface ModelDay {
  readonly key: string;
  readonly costUsd: number;
  readonly totalTokens: number;
}

/** One day (UTC) of usage, per model. */
export interface UsageDay {
  /** Start of the day, ISO. */
  readonly day: string;
  readonly models: readonly ModelDay[];
}

/** The day starts (UTC) of the last `days` days, oldest first, the last one today's. */
export function dayStarts(now: number, days: number): string[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * DAY_MS).toISOString());
}

/** A model's key: `provider/model`. */
export function modelKey(model: { readonly provider: string; readonly model: string }): string {
  return `${model.provider}/${model.model}`;
}

/**
 * Daily usage per model from cumulative answers: `since[i]` is what the server counted from
 * `starts[i]` on, so a day is the difference between its answer and the next day's. The server
 * only sums; the buckets are computed here.
 */
export function usageByDay(starts: readonly string[], since: readonly Usage[]): UsageDay[] {
  return starts.map((day, index) => {
    const from = since[index];
    const next = since[index + 1];
    const later = new Map(next?.byModel.map((model) => [modelKey(model), model]) ?? []);
    const models = (from?.byModel ?? [])
      .map((model) => {
        const after = later.get(modelKey(model));
        return {
          key: modelKey(model),
          costUsd: Math.max(0, model.costUsd - (after?.costUsd ?? 0)),
          totalTokens: Math.max(0, model.totalTokens - (after?.totalTokens ?? 0)),
        };
      })
      .filter((model) => model.costUsd > 0 || model.totalTokens > 0);
    return { day, models };
  });
}
