/**
 * Holds the scripted agent's first step once, for a test that presses Ctrl-C while the agent
 * works: pass {@link AgentHold.beforeAgent} to `createCliBrain`, `arm()` before starting the run,
 * await `reached` (the agent is working), interrupt, then `release()`. Steps after the held one
 * (a resumed run) go through at once.
 */
export interface AgentHold {
  readonly beforeAgent: (idea: string) => Promise<void> | undefined;
  /** Holds the next agent step whose prompt contains `marker`; resolves once it is held. */
  arm(marker: string): Promise<void>;
  /** Lets the held step (if any) go on. */
  release(): void;
}

/** Creates an {@link AgentHold}. */
export function createAgentHold(): AgentHold {
  let armed: { marker: string; reached: () => void } | undefined;
  const held: (() => void)[] = [];
  return {
    beforeAgent(idea) {
      if (armed === undefined || !idea.includes(armed.marker)) return undefined;
      const { reached } = armed;
      armed = undefined;
      reached();
      return new Promise<void>((resolve) => held.push(resolve));
    },
    arm(marker) {
      return new Promise<void>((reached) => {
        armed = { marker, reached };
      });
    },
    release() {
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

/**
 * Resolves once the held agent step is `reached`; rejects with the process's output if it ends
 * first (a run that failed before its agent started would otherwise leave the test waiting).
 */
export function reachedBefore(reached: Promise<void>, exited: Promise<unknown>, output: () => string): Promise<void> {
  const ended = exited.then(
    () => Promise.reject(new Error(`oxios ended before the agent started:\n${output()}`)),
    (error: unknown) => Promise.reject(error instanceof Error ? error : new Error(String(error))),
  );
  return Promise.race([reached, ended]);
}
