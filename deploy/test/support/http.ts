import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Options for {@link get} and {@link openStream}. */
export interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** PEM of a self-signed certificate to trust (HTTPS to a test proxy). */
  readonly ca?: string;
  /** TLS server name to verify, when the URL host is an IP address. */
  readonly servername?: string;
}

/** A response read to its end. */
export interface Response {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

function send(url: string, options: RequestOptions): Promise<IncomingMessage> {
  const target = new URL(url);
  const tls = target.protocol === 'https:';
  const settings = {
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(tls && options.ca !== undefined ? { ca: options.ca } : {}),
    ...(tls && options.servername !== undefined ? { servername: options.servername } : {}),
  };
  return new Promise((resolve, reject) => {
    const outgoing = (tls ? httpsRequest : httpRequest)(target, settings, resolve);
    outgoing.on('error', reject);
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no response from ${url} within 10 s`)));
    outgoing.end(options.body);
  });
}

/** Sends a request and reads the whole response. */
export async function get(url: string, options: RequestOptions = {}): Promise<Response> {
  const response = await send(url, options);
  let body = '';
  response.setEncoding('utf8');
  for await (const chunk of response) body += chunk as string;
  return { status: response.statusCode ?? 0, headers: response.headers, body };
}

/** An open streaming response (server-sent events) and what it delivered so far. */
export interface Stream {
  readonly status: number;
  received(): string;
  /** Resolves when `text` has arrived; rejects after `timeoutMs`. */
  waitFor(text: string, timeoutMs: number): Promise<void>;
  close(): void;
}

/** Opens a streaming GET and collects chunks as they arrive. */
export async function openStream(url: string, options: RequestOptions = {}): Promise<Stream> {
  const response = await send(url, options);
  let received = '';
  const waiters = new Set<() => void>();
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    received += chunk;
    for (const waiter of waiters) waiter();
  });
  response.on('error', () => undefined);
  return {
    status: response.statusCode ?? 0,
    received: () => received,
    waitFor: (text, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!received.includes(text)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`"${text}" did not arrive within ${timeoutMs} ms; received: ${JSON.stringify(received)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => {
      response.destroy();
    },
  };
}
