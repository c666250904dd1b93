/** Spreads an optional `AbortSignal` into call options without writing `signal: undefined`. */
export const withSignal = (signal: AbortSignal | undefined): { signal?: AbortSignal } => (signal ? { signal } : {});

/** A path segment, percent-encoded. */
export const segment = (value: string): string => encodeURIComponent(value);
