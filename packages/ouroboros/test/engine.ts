// An engine over a scripted port, with a fixed clock and predictable seed ids.
import { createOuroborosEngine, type OuroborosEngineOptions } from '../src/engine/create-engine.js';
import type { EngineContext } from '../src/engine/engine-context.js';
import { noopLogger } from '../src/logger.js';
import { DEFAULT_PROTOCOL_CONFIG } from '../src/protocol/protocol-config.js';
import { createScriptedPort, type ScriptedStep } from '../src/testing/scripted-port.js';

export function sequentialIds(): () => string {
  let next = 100;
  return () => `seed_000000000${(next++).toString()}`;
}

export const NOW = new Date('2026-02-03T04:05:06.000Z');

export function scriptedEngine(steps: readonly ScriptedStep[] = [], options: Partial<OuroborosEngineOptions> = {}) {
  const port = createScriptedPort(steps);
  const engine = createOuroborosEngine({ port, createSeedId: sequentialIds(), now: () => NOW, ...options });
  return { port, engine };
}

export function scriptedContext(steps: readonly ScriptedStep[] = [], timeoutMs = 5_000) {
  const port = createScriptedPort(steps);
  const context: EngineContext = {
    port,
    config: DEFAULT_PROTOCOL_CONFIG,
    logger: noopLogger,
    timeoutMs,
    createSeedId: sequentialIds(),
    now: () => NOW,
  };
  return { port, context };
}

/** A step that never settles: only an abort or the timeout ends the call. */
export const hang: ScriptedStep = () => new Promise(() => undefined);
