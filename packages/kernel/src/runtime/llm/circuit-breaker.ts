/** Where a provider's circuit stands. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Whether a request may go to the provider now. A `probe` is the one trial request of a half-open circuit. */
export type CircuitAdmission =
  { readonly allowed: true; readonly probe: boolean } | { readonly allowed: false; readonly retryAfterMs: number };

/** Options of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly threshold: number;
  /** How long an open circuit refuses requests before letting one trial through. */
  readonly cooldownMs: number;
  readonly now?: () => number;
  /** Called on every state change. Must not throw. */
  readonly onChange?: (key: string, state: CircuitState) => void;
}

/** A circuit breaker per key (one key per LLM provider). */
export interface CircuitBreaker {
  admit(key: string): CircuitAdmission;
  /** The request succeeded (or the provider answered, even with a client error): close the circuit. */
  success(key: string): void;
  /** The provider failed (5xx, 429, connection loss, stall): count towards opening. */
  failure(key: string): void;
  /** The request ended without telling anything about the provider (aborted): free a trial slot. */
  release(key: string): void;
  state(key: string): CircuitState;
}

interface Entry {
  state: CircuitState;
  failures: number;
  openedAt: number;
  probing: boolean;
}

/**
 * Creates a circuit breaker: closed until `threshold` consecutive failures, then open for
 * `cooldownMs`, then half-open — one trial request at a time; its success closes the circuit, its
 * failure opens it again.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const entry = (key: string): Entry => {
    let found = entries.get(key);
    if (!found) {
      found = { state: 'closed', failures: 0, openedAt: 0, probing: false };
      entries.set(key, found);
    }
    return found;
  };
  const move = (key: string, current: Entry, state: CircuitState) => {
    if (current.state === state) return;
    current.state = state;
    options.onChange?.(key, state);
  };
  return {
    admit(key) {
      const current = entry(key);
      if (current.state === 'closed') return { allowed: true, probe: false };
      const waited = now() - current.openedAt;
      if (current.state === 'open' && waited < options.cooldownMs) {
        return { allowed: false, retryAfterMs: options.cooldownMs - waited };
      }
      if (current.probing) return { allowed: false, retryAfterMs: Math.max(1, options.cooldownMs - waited) };
      move(key, current, 'half-open');
      current.probing = true;
      return { allowed: true, probe: true };
    },
    success(key) {
      const current = entry(key);
      current.failures = 0;
      current.probing = false;
      move(key, current, 'closed');
    },
    failure(key) {
      const current = entry(key);
      current.failures += 1;
      current.probing = false;
      if (current.state === 'half-open' || current.failures >= options.threshold) {
        current.openedAt = now();
        move(key, current, 'open');
      }
    },
    release(key) {
      entry(key).probing = false;
    },
    state(key) {
      return entries.get(key)?.state ?? 'closed';
    },
  };
}
