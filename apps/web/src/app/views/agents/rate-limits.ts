/** One provider's configured budget per minute (`[scheduler.rate_limits.<provider>]`). */
export interface ProviderRateLimit {
  readonly provider: string;
  readonly requestsPerMinute: number | undefined;
  readonly tokensPerMinute: number | undefined;
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
const isTable = (value: unknown): value is { readonly [key: string]: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The per-provider rate limits in a configuration document, by provider name. */
export function rateLimitsOf(config: { readonly [key: string]: unknown }): ProviderRateLimit[] {
  const scheduler = config.scheduler;
  const limits = isTable(scheduler) ? scheduler.rate_limits : undefined;
  if (!isTable(limits)) return [];
  return Object.entries(limits)
    .filter((entry): entry is [string, { readonly [key: string]: unknown }] => isTable(entry[1]))
    .map(([provider, limit]) => ({
      provider,
      requestsPerMinute: numberOr(limit.requests_per_minute),
      tokensPerMinute: numberOr(limit.tokens_per_minute),
    }))
    .sort((left, right) => left.provider.localeCompare(right.provider));
}
