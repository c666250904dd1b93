import { ErrorBodySchema } from '../schemas/common.js';
import type { ClientError } from './client-error.js';
import type { HttpOptions } from './http.js';
import { requestAuth } from './session-auth.js';
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
  /** Told each time the stream is (re)connected and events can flow. */
  readonly onOpen?: () => void;
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

class StreamRefused extends Error {
  constructor(status: number) {
    super(`event stream answered ${status}`);
  }
}

/** The typed error for a refused stream, with the server's error code when it sent the standard body. */
async function refusal(response: Response): Promise<ClientError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = ErrorBodySchema.safeParse(body);
  return {
    code: 'http',
    status: response.status,
    errorCode: parsed.success ? parsed.data.error.code : 'stream-refused',
    message: parsed.success ? parsed.data.error.message : `event stream answered ${response.status}`,
    ...(parsed.success && parsed.data.error.details !== undefined ? { details: parsed.data.error.details } : {}),
  };
}

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
    const auth = requestAuth(http, 'GET');
    const headers: Record<string, string> = { accept: 'text/event-stream', ...http.headers, ...auth.headers };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    try {
      const response = await (http.fetch ?? fetch)(url, {
        headers,
        ...(auth.credentials === undefined ? {} : { credentials: auth.credentials }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (!response.ok || !response.body) {
        options.onError?.(await refusal(response));
        if (response.status >= 400 && response.status < 500 && response.status !== 429) return;
        throw new StreamRefused(response.status);
      }
      failures = 0;
      options.onOpen?.();
      const parse = createSseParser();
      const decoder = new TextDecoder();
      // A reader rather than `for await`: not every browser iterates a ReadableStream.
      const reader = response.body.getReader();
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          for (const event of parse(decoder.decode(chunk.value as Uint8Array, { stream: true }))) {
            if (event.id !== undefined) lastEventId = event.id;
            if (event.retry !== undefined) delay = event.retry;
            yield event;
          }
        }
      } finally {
        // Also reached when the consumer stops iterating: close the connection.
        await reader.cancel().catch(() => undefined);
      }
    } catch (error) {
      if (aborted()) return;
      failures += 1;
      if (!(error instanceof StreamRefused)) {
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
