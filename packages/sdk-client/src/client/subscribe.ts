import type { ClientError } from './client-error.js';
import type { HttpOptions } from './http.js';
import { createSseParser, type ServerSentEvent } from './sse-parser.js';

/** Options for {@link subscribe}. */
export interface SubscribeOptions {
  /** Path of the event stream. Default `/api/events`. */
  readonly path?: string;
  readonly query?: Readonly<Record<string, string>>;
  /** Resume after this event id (sent as `Last-Event-ID`). */
  readonly lastEventId?: string;
  /** Wait before reconnecting after the stream drops; the server's `retry:` overrides it. Default 1000 ms. */
  readonly reconnectDelayMs?: number;
  /** Give up after this many consecutive failed connection attempts. Default: never. */
  readonly maxReconnects?: number;
  /** Ends the subscription. */
  readonly signal?: AbortSignal;
  /** Told about each connection problem before the next attempt. */
  readonly onError?: (error: ClientError) => void;
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Subscribes to a server-sent event stream and yields its events, reconnecting after drops and
 * resuming with `Last-Event-ID`. Authentication or other 4xx answers end the subscription (after
 * `onError`), since retrying cannot fix them. Ends when `signal` aborts.
 */
export async function* subscribe(
  http: HttpOptions,
  options: SubscribeOptions = {},
): AsyncGenerator<ServerSentEvent, void, undefined> {
  let lastEventId = options.lastEventId;
  let delay = options.reconnectDelayMs ?? 1000;
  let failures = 0;
  const aborted = () => options.signal?.aborted === true;
  while (!aborted()) {
    const url = new URL(options.path ?? '/api/events', http.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const headers: Record<string, string> = { accept: 'text/event-stream', ...http.headers };
    if (http.token !== undefined) headers.authorization = `Bearer ${http.token}`;
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    try {
      const response = await (http.fetch ?? fetch)(url, {
        headers,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (!response.ok || !response.body) {
        const error: ClientError = {
          code: 'http',
          status: response.status,
          errorCode: 'stream-refused',
          message: `event stream answered ${response.status}`,
        };
        options.onError?.(error);
        await response.body?.cancel();
        if (response.status >= 400 && response.status < 500 && response.status !== 429) return;
        throw new Error(error.message);
      }
      failures = 0;
      const parse = createSseParser();
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        for (const event of parse(decoder.decode(chunk as Uint8Array, { stream: true }))) {
          if (event.id !== undefined) lastEventId = event.id;
          if (event.retry !== undefined) delay = event.retry;
          yield event;
        }
      }
    } catch (error) {
      if (aborted()) return;
      failures += 1;
      if (!(error instanceof Error && error.message.startsWith('event stream answered'))) {
        options.onError?.({
          code: 'network',
          cause: error,
          message: `event stream dropped: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      if (options.maxReconnects !== undefined && failures > options.maxReconnects) return;
    }
    await sleep(delay, options.signal);
  }
}
