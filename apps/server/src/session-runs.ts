/** One message being handled for a session, cancellable from another request. */
export interface TrackedRun {
  /** Aborted by {@link SessionRuns.cancel}. */
  readonly signal: AbortSignal;
  /** Forgets the run once its reply settled. Idempotent. */
  release(): void;
}

/** Messages in flight per session, so `POST /api/sessions/:id/cancel` can stop them. */
export interface SessionRuns {
  track(sessionId: string): TrackedRun;
  /** Aborts every message in flight for the session; returns how many there were. */
  cancel(sessionId: string): number;
}

/** Creates the registry (one per server). */
export function createSessionRuns(): SessionRuns {
  const running = new Map<string, Set<AbortController>>();
  return {
    track(sessionId) {
      const controller = new AbortController();
      const set = running.get(sessionId) ?? new Set<AbortController>();
      set.add(controller);
      running.set(sessionId, set);
      return {
        signal: controller.signal,
        release() {
          set.delete(controller);
          if (set.size === 0 && running.get(sessionId) === set) running.delete(sessionId);
        },
      };
    },
    cancel(sessionId) {
      const set = running.get(sessionId);
      if (set === undefined) return 0;
      running.delete(sessionId);
      for (const controller of set) controller.abort();
      return set.size;
    },
  };
}
