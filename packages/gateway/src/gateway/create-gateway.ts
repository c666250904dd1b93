import { err, errAsync, ok, ResultAsync, type Result } from 'neverthrow';
import type { Channel, ChannelContext } from '../channel/channel.js';
import {
  aborted,
  channelExists,
  channelFailed,
  channelNotFound,
  duplicateRequest,
  handlerFailed,
  invalidMessage,
  stopped,
  timedOut,
} from '../errors/constructors.js';
import { toErrorBody } from '../errors/error-body.js';
import type { GatewayError } from '../errors/gateway-error.js';
import type { HandlerReply } from '../handler/message-handler.js';
import { untilAborted } from '../internal/until-aborted.js';
import type { IncomingMessage } from '../messages/incoming-message.js';
import { pumpChannel } from './channel-pump.js';
import { channelSink } from './channel-sink.js';
import { countEnding, createCounters } from './gateway-counters.js';
import { invokeHandler } from './invoke-handler.js';
import { nextOutgoing, replyTo, type Job, type ReplySink } from './job.js';
import { checkedInteger, resolveOptions } from './resolve-options.js';
import { requestSink } from './request-sink.js';
import { SessionScheduler } from './session-scheduler.js';
import type { Gateway, GatewayOptions, StopOptions, StopReport } from './types.js';

/** Creates a gateway routing to `options.handler`. Throws a RangeError for an invalid limit. */
export function createGateway(options: GatewayOptions): Gateway {
  const config = resolveOptions(options);
  const { logger } = config;
  const counters = createCounters();
  const jobs = new Map<string, Job>();
  const channels = new Map<string, { readonly channel: Channel; readonly sink: ReplySink; pump: Promise<void> }>();
  const readers = new AbortController(); // aborted when stopping: channels are no longer read
  const scheduler = new SessionScheduler<Job>(config, (job) => {
    void run(job);
  });
  const idleWaiters: (() => void)[] = [];
  const tails = new Map<string, Promise<void>>(); // per session: the last job's deliveries
  let accepting = true;
  let stopping: Promise<StopReport> | undefined;

  const stamp = (): { id: string; at: number } => ({ id: config.createId(), at: config.now() });

  const chain = (job: Job, step: () => PromiseLike<void> | void): void => {
    job.delivery = job.delivery.then(step).catch((error: unknown) => {
      logger.error({ err: error, requestId: job.message.id }, 'reply delivery threw');
    });
  };

  const forget = (job: Job): void => {
    jobs.delete(job.message.id);
    if (jobs.size === 0) for (const wake of idleWaiters.splice(0)) wake();
  };

  /** Sends a partial or the final reply; false once the request has ended. */
  const deliver = (job: Job, reply: HandlerReply, final: boolean): boolean => {
    if (job.ended) return false;
    const message = nextOutgoing(job, reply.content, final, stamp(), reply.metadata);
    if (final) {
      job.ended = true;
      job.dispose();
      counters.completed += 1;
    }
    chain(job, () => job.sink.deliver(message));
    return true;
  };

  /** Ends the request with `error`; the requester hears of it unless `notify` is false. */
  const end = (job: Job, error: GatewayError, notify: boolean): void => {
    job.ended = true;
    job.dispose();
    countEnding(counters, error.code);
    if (!notify) return;
    const message = nextOutgoing(job, { type: 'error', error: toErrorBody(error) }, true, stamp());
    chain(job, () => job.sink.fail(error, message));
  };

  /** Ends a request early: a queued one leaves its queue, a running one has its handler aborted. */
  const cancel = (job: Job, error: GatewayError, notify = true): boolean => {
    if (job.ended) return false;
    end(job, error, notify);
    if (job.phase === 'queued') {
      scheduler.remove(job.message.sessionId, job);
      void job.delivery.then(() => {
        forget(job);
      });
    } else {
      job.controller.abort(error);
    }
    return true;
  };

  /**
   * Calls the handler for a job that got its slot. The slot is freed as soon as the handler has
   * settled; deliveries stay ordered per session because each job's deliveries continue the
   * session's chain of deliveries.
   */
  async function run(job: Job): Promise<void> {
    const { id: requestId, sessionId } = job.message;
    job.phase = 'running';
    job.delivery = tails.get(sessionId) ?? job.delivery;
    const context = { signal: job.controller.signal, emit: (partial: HandlerReply) => deliver(job, partial, false) };
    const log = logger.child({ requestId, sessionId });
    const outcome = await invokeHandler(options.handler, job.message, context, config.abortGraceMs, log);
    if (outcome.kind === 'abandoned') {
      counters.abandoned += 1;
      log.warn({ graceMs: config.abortGraceMs }, 'handler ignored its abort signal; freeing its session');
    } else if (outcome.result.isOk()) {
      deliver(job, outcome.result.value, true);
    } else if (!job.ended) {
      end(job, handlerFailed(requestId, outcome.result.error), true);
    }
    const tail = job.delivery;
    tails.set(sessionId, tail);
    scheduler.release(sessionId);
    await tail;
    if (tails.get(sessionId) === tail) tails.delete(sessionId);
    forget(job);
  }

  /** Validates and queues a message; the one door every message passes. */
  function admit(
    message: IncomingMessage,
    sink: ReplySink,
    origin: string | undefined,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Result<Job, GatewayError> {
    const refusal = !accepting
      ? stopped()
      : jobs.has(message.id)
        ? duplicateRequest(message.id)
        : signal?.aborted === true
          ? aborted(message.id)
          : undefined;
    if (refusal !== undefined) return reject(refusal);
    const job: Job = {
      message,
      sink,
      origin,
      timeoutMs,
      controller: new AbortController(),
      phase: 'queued',
      ended: false,
      sequence: 0,
      delivery: Promise.resolve(),
      dispose: () => undefined,
    };
    jobs.set(message.id, job);
    const queued = scheduler.enqueue(message.sessionId, job);
    if (queued.isErr()) {
      jobs.delete(message.id);
      return reject(queued.error);
    }
    counters.accepted += 1;
    const timer = setTimeout(() => cancel(job, timedOut(message.id, timeoutMs)), timeoutMs);
    const onAbort = (): void => {
      cancel(job, aborted(message.id));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    job.dispose = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    return ok(job);
  }

  function reject(error: GatewayError): Result<never, GatewayError> {
    counters.rejected += 1;
    logger.debug({ code: error.code }, error.message);
    return err(error);
  }

  function sinkFor(channel: Channel): ReplySink {
    return channelSink(channel, config.sendTimeoutMs, (error, message) => {
      counters.deliveryFailed += 1;
      logger.warn({ err: error, channel: channel.name, requestId: message.inReplyTo }, 'could not deliver a reply');
    });
  }

  /** Takes a message read from `channel`; a refusal is answered on the same channel. */
  function accept(channel: Channel, sink: ReplySink, message: IncomingMessage): void {
    const admitted =
      message.channel === channel.name
        ? admit(message, sink, channel.name, config.defaultTimeoutMs)
        : reject(
            invalidMessage([{ path: 'channel', message: `expected "${channel.name}", got "${message.channel}"` }]),
          );
    if (admitted.isOk()) return;
    const content = { type: 'error', error: toErrorBody(admitted.error) } as const;
    const reply = replyTo(message, content, { ...stamp(), sequence: 0, final: true });
    void sink.fail(admitted.error, { ...reply, channel: channel.name });
  }

  function contextFor(channel: Channel): ChannelContext {
    return {
      signal: readers.signal,
      logger: logger.child({ channel: channel.name }),
      cancel(requestId, reason) {
        const job = jobs.get(requestId);
        if (job?.origin !== channel.name) return false;
        return cancel(job, reason === 'timeout' ? timedOut(requestId, job.timeoutMs) : aborted(requestId), false);
      },
    };
  }

  const whenIdle = (): Promise<void> => {
    if (jobs.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      idleWaiters.push(resolve);
    });
  };

  async function shutdown({ mode = 'drain', deadlineMs = 10_000, signal }: StopOptions): Promise<StopReport> {
    accepting = false;
    readers.abort();
    const pending = [...jobs.values()].filter((job) => !job.ended).length;
    const abandonedBefore = counters.abandoned;
    if (mode === 'drain') {
      const deadline = AbortSignal.timeout(deadlineMs);
      await untilAborted(whenIdle(), signal === undefined ? deadline : AbortSignal.any([signal, deadline]));
    }
    let abortedCount = 0;
    for (const job of [...jobs.values()]) if (cancel(job, stopped())) abortedCount += 1;
    await whenIdle();
    await Promise.all([...channels.values()].map((entry) => entry.pump));
    for (const { channel } of channels.values()) {
      try {
        await channel.stop();
      } catch (error) {
        logger.error({ err: error, channel: channel.name }, 'channel failed to stop');
      }
    }
    return { drained: pending - abortedCount, aborted: abortedCount, abandoned: counters.abandoned - abandonedBefore };
  }

  const timeoutOf = (timeoutMs: number | undefined): number =>
    timeoutMs === undefined ? config.defaultTimeoutMs : checkedInteger('timeoutMs', timeoutMs, 1);

  return {
    register(channel) {
      if (!accepting) return errAsync(stopped());
      if (channels.has(channel.name)) return errAsync(channelExists(channel.name));
      const entry = { channel, sink: sinkFor(channel), pump: Promise.resolve() };
      channels.set(channel.name, entry);
      const starting = (async () => await channel.start(contextFor(channel)))();
      return ResultAsync.fromPromise(starting, (error) => channelFailed(channel.name, 'start', error))
        .andThen((started) => started)
        .map(() => {
          const log = logger.child({ channel: channel.name });
          const onMessage = (message: IncomingMessage): void => {
            accept(channel, entry.sink, message);
          };
          entry.pump = pumpChannel(channel, readers.signal, onMessage, log);
        })
        .mapErr((error) => {
          channels.delete(channel.name);
          return error;
        });
    },
    channelNames: () => [...channels.keys()],
    submit(message, submitOptions = {}) {
      const entry = channels.get(message.channel);
      if (!accepting) return reject(stopped());
      if (entry === undefined) return reject(channelNotFound(message.channel));
      return admit(message, entry.sink, message.channel, timeoutOf(submitOptions.timeoutMs)).map(() => undefined);
    },
    request(message, requestOptions = {}) {
      const { sink, settled } = requestSink(requestOptions.onPartial);
      const admitted = admit(message, sink, undefined, timeoutOf(requestOptions.timeoutMs), requestOptions.signal);
      if (admitted.isErr()) return errAsync(admitted.error);
      return new ResultAsync(settled);
    },
    stats: () => ({
      queued: scheduler.queued,
      inFlight: scheduler.running,
      sessions: scheduler.sessions,
      ...counters,
    }),
    stop(stopOptions = {}) {
      checkedInteger('deadlineMs', stopOptions.deadlineMs ?? 0, 0);
      stopping ??= shutdown(stopOptions);
      return stopping;
    },
  };
}
