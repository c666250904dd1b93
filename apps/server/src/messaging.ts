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
 * The gateway's abort signal with a reason the person reads: a run stopped because the gateway is
 * stopping (a server shutdown) says so, in the session and in its `session-run-failed` event.
 */
function forPerson(signal: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const forward = () => {
    const reason: unknown = signal.reason;
    const stopping = typeof reason === 'object' && reason !== null && (reason as { code?: unknown }).code === 'stopped';
    controller.abort(stopping ? { code: 'stopped', message: 'Oxios is shutting down' } : reason);
  };
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  return controller.signal;
}

/**
 * The orchestrator as the gateway's message handler: the gateway gives per-session ordering,
 * concurrency across sessions, correlation and backpressure; the orchestrator runs the loop.
 */
export function orchestratorHandler(kernel: Kernel): MessageHandler {
  return {
    handle(message, { signal }) {
      const force = message.metadata[FORCE_REASON];
      const base = { sessionId: message.sessionId, userId: message.sender.id, signal: forPerson(signal) };
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

/**
 * How long an aborted message's run may take to record its interruption before its session is
 * freed: a quarter of `[server] shutdown_grace_secs`, between 100 ms and 5 s.
 */
export function messagingAbortGraceMs(config: Kernel['config']): number {
  return Math.min(5_000, Math.max(100, Math.floor((config.server.shutdown_grace_secs * 1000) / 4)));
}

/**
 * Builds and starts the gateway with the web channel. Sessions' messages run at most
 * `[scheduler] max_concurrent` at once (the scheduler's limit, so it is not silently capped
 * lower), at most `queue_limit` wait; an aborted run keeps its slot for at most
 * {@link messagingAbortGraceMs}, so a stop fits its grace.
 */
export async function startMessaging(kernel: Kernel, logger: Logger): Promise<Messaging> {
  const { scheduler } = kernel.config;
  const gateway = createGateway({
    handler: orchestratorHandler(kernel),
    defaultTimeoutMs: RUN_LIMIT_MS,
    maxConcurrent: scheduler.max_concurrent,
    maxQueued: scheduler.queue_limit,
    abortGraceMs: messagingAbortGraceMs(kernel.config),
    logger,
  });
  const web = createWebChannel({ defaultTimeoutMs: RUN_LIMIT_MS });
  const registered = await gateway.register(web);
  if (registered.isErr()) throw new Error(`cannot start the web channel: ${registered.error.message}`);
  return { gateway, web, runs: createSessionRuns() };
}
