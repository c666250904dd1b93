import { err, ok, ResultAsync, type Result } from 'neverthrow';
import {
  abortedError,
  installFailed,
  invalidArgument,
  timeoutError,
  unsafeContent,
} from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { displayUrl } from './display-url.js';

/** What {@link downloadTarball} needs. */
export interface DownloadRequest {
  readonly url: string;
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const MAX_REDIRECTS = 5;

/**
 * Checks a tarball URL: `https:`, or `http:` to a loopback host only (a local mirror; never
 * plain HTTP over a network), no credentials in it, at most 2048 characters.
 */
export function validateTarballUrl(url: string): Result<URL, KernelError> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err(invalidArgument('url', 'expected an https:// URL'));
  }
  const allowed = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname));
  if (!allowed || url.length > 2048) {
    return err(invalidArgument('url', 'expected an https:// URL (http:// only for a loopback address)'));
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return err(invalidArgument('url', 'credentials in the URL are not allowed'));
  }
  return ok(parsed);
}

class Failure extends Error {
  constructor(readonly error: KernelError) {
    super(error.message);
  }
}

async function readCapped(response: Response, request: DownloadRequest, label: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = () =>
    new Failure(unsafeContent(label, '', 'archive-too-large', `larger than ${request.maxBytes} bytes`));
  if (declared > request.maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > request.maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function download(request: DownloadRequest, signal: AbortSignal): Promise<Uint8Array> {
  let current = request.url;
  const label = displayUrl(request.url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const checked = validateTarballUrl(current);
    if (checked.isErr()) throw new Failure(checked.error);
    // Redirects are followed by hand so every hop is checked (no https → http downgrade).
    const response = await fetch(checked.value, { redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      current = new URL(location, checked.value).toString();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Failure(installFailed(label, `http-${response.status}`, `the server answered ${response.status}`));
    }
    return readCapped(response, request, label);
  }
  throw new Failure(installFailed(label, 'too-many-redirects', `more than ${MAX_REDIRECTS} redirects`));
}

/**
 * Downloads a tarball into memory, refusing more than `maxBytes` (by Content-Length and while
 * streaming), following at most 5 redirects, each checked like the first URL. Times out with
 * `timeout`; the caller's signal gives `aborted`.
 */
export function downloadTarball(request: DownloadRequest): ResultAsync<Uint8Array, KernelError> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  return ResultAsync.fromPromise(download(request, signal), (cause) => {
    if (cause instanceof Failure) return cause.error;
    if (request.signal?.aborted === true) return abortedError('tarball download');
    if (timeout.aborted) return timeoutError('tarball download', request.timeoutMs);
    return installFailed(displayUrl(request.url), 'download-failed', 'the download failed', cause);
  });
}
