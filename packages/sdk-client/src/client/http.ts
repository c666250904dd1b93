import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { z } from 'zod';
import { ErrorBodySchema } from '../schemas/common.js';
import type { ClientError } from './client-error.js';
import { requestAuth, type SessionAuth } from './session-auth.js';

/** Connection settings shared by every call. */
export interface HttpOptions {
  /** e.g. `http://127.0.0.1:4200`. */
  readonly baseUrl: string;
  /** A bearer token (`oxs_…`). */
  readonly token?: string;
  /**
   * Browser mode, instead of `token`: the dashboard's session cookie authenticates and
   * state-changing requests carry `X-CSRF-Token` (see {@link SessionAuth}).
   */
  readonly session?: SessionAuth;
  /** Per-call time limit. Default 30 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One call's specifics. */
export interface CallOptions<Response extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  readonly response: Response;
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (long-running calls). */
  readonly timeoutMs?: number;
}

function buildUrl(baseUrl: string, path: string, query: CallOptions<z.ZodType>['query']): string {
  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}

async function send(options: HttpOptions, call: CallOptions<z.ZodType>): Promise<Response> {
  const auth = requestAuth(options, call.method);
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...auth.headers };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const timeout = AbortSignal.timeout(call.timeoutMs ?? options.timeoutMs ?? 30_000);
  return (options.fetch ?? fetch)(buildUrl(options.baseUrl, call.path, call.query), {
    method: call.method,
    headers,
    ...(auth.credentials === undefined ? {} : { credentials: auth.credentials }),
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
  });
}

function failure(error: unknown, options: HttpOptions, call: CallOptions<z.ZodType>): ClientError {
  if (call.signal?.aborted) return { code: 'aborted', message: `${call.method} ${call.path} was aborted` };
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30_000;
    return { code: 'timeout', timeoutMs, message: `${call.method} ${call.path} timed out after ${timeoutMs} ms` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'network', cause: error, message: `cannot reach ${options.baseUrl}: ${reason}` };
}

/** Performs one JSON call and validates the answer against `call.response`. */
export function callApi<Response extends z.ZodType>(
  options: HttpOptions,
  call: CallOptions<Response>,
): ResultAsync<z.infer<Response>, ClientError> {
  return ResultAsync.fromPromise(
    send(options, call).then(async (response) => ({ response, text: await response.text() })),
    (error) => failure(error, options, call),
  ).andThen(({ response, text }): Result<z.infer<Response>, ClientError> => {
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return err({
        code: 'invalid-response',
        status: response.status,
        message: `${call.method} ${call.path}: the server did not answer JSON`,
      });
    }
    if (!response.ok) {
      const parsed = ErrorBodySchema.safeParse(body);
      const seconds = retryAfter(response);
      return err({
        code: 'http',
        status: response.status,
        errorCode: parsed.success ? parsed.data.error.code : 'unknown',
        message: parsed.success ? parsed.data.error.message : `${call.method} ${call.path} answered ${response.status}`,
        ...(parsed.success && parsed.data.error.details !== undefined ? { details: parsed.data.error.details } : {}),
        ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
      });
    }
    const parsed = call.response.safeParse(body);
    if (!parsed.success) {
      return err({
        code: 'invalid-response',
        status: response.status,
        message: `${call.method} ${call.path}: unexpected answer: ${parsed.error.message}`,
      });
    }
    return ok(parsed.data);
  });
}
