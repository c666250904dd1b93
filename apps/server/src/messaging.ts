import { createGateway, createWebChannel, type Gateway, type MessageHandler, type WebChannel } from '@oxios/gateway';
import type { Kernel, Logger, OrchestratorReply } from '@oxios/kernel';
import { createSessionRuns, type SessionRuns } from './session-runs.js';

/** Metadata keys the web channel uses to pass options to the orchestrator. */
export const FORCE_REASON = 'force-reason';
export const RESUME = 'resume';

/** The server's message path: HTTP → web channel → gateway → the kernel's orchestrator. */
export interface Messaging {
  readonly gateway: Gateway;
  readonly web: WebChannel;
  /** Messages in flight per session, for cancelling. */
  readonly runs: SessionRuns;
}

/** Long runs are normal (an agent working for minutes); the HTTP route answers 202 before this. */
const RUN_LIMIT_MS = 6 * 60 * 60 * 1000;

/**
 * The orchestrator as the gateway's message handler: the gateway gives per-session ordering,
 * concurrency across sessions, correlation and backpressure; the orchestrator runs the loop.
 */
export function orchestratorHandler(kernel: Kernel): MessageHandler {
  return {
    handle(message, { signal }) {
      const force = message.metadata[FORCE_REASON];
      const base = { sessionId: message.sessionId, userId: message.sender.id, signal };
      const run =
        message.metadata[RESUME] === 'true'
          ? kernel.orchestrator.resume(base)
          : kernel.orchestrator.handle({
              ...base,
              text: message.text,
              ...(force === undefined ? {} : { force: { reason: force } }),
            });
      return run.map((reply: OrchestratorReply) => ({
        content: { type: 'data' as const, data: JSON.parse(JSON.stringify(reply)) as never },
      }));
    },
  };
}

/** Builds and starts the gateway with the web channel. */
export async function startMessaging(kernel: Kernel, logger: Logger): Promise<Messaging> {
  const gateway = createGateway({ handler: orchestratorHandler(kernel), defaultTimeoutMs: RUN_LIMIT_MS, logger });
  const web = createWebChannel({ defaultTimeoutMs: RUN_LIMIT_MS });
  const registered = await gateway.register(web);
  if (registered.isErr()) throw new Error(`cannot start the web channel: ${registered.error.message}`);
  return { gateway, web, runs: createSessionRuns() };
}
