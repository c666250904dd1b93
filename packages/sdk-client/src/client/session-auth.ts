/** Name of the script-readable cookie that carries the dashboard session's CSRF token. */
export const CSRF_COOKIE_NAME = 'oxios_csrf';

/**
 * Browser mode: the dashboard's session cookie authenticates (it is HttpOnly, so scripts never
 * see it). Requests go with `credentials: 'same-origin'`; state-changing ones carry the CSRF token
 * as `X-CSRF-Token`.
 */
export interface SessionAuth {
  /** Returns the CSRF token. Default: the `oxios_csrf` cookie from `document.cookie`. */
  readonly csrfToken?: () => string | undefined;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The value of cookie `name` in a `Cookie` header or `document.cookie` string, if present. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The CSRF token from `document.cookie`; undefined outside a browser or without a session. */
export function documentCsrfToken(): string | undefined {
  const document = (globalThis as { document?: { cookie?: unknown } }).document;
  return typeof document?.cookie === 'string' ? readCookie(document.cookie, CSRF_COOKIE_NAME) : undefined;
}

/** What authentication adds to a request: headers, and `credentials` in session mode. */
export interface RequestAuth {
  readonly headers: Record<string, string>;
  readonly credentials?: 'same-origin';
}

/** Authentication for one request: a bearer token, or the session cookie plus CSRF token. */
export function requestAuth(
  options: { readonly token?: string; readonly session?: SessionAuth },
  method: string,
): RequestAuth {
  if (options.token !== undefined) return { headers: { authorization: `Bearer ${options.token}` } };
  if (options.session === undefined) return { headers: {} };
  const csrf = UNSAFE_METHODS.has(method) ? (options.session.csrfToken ?? documentCsrfToken)() : undefined;
  return { headers: csrf === undefined ? {} : { 'x-csrf-token': csrf }, credentials: 'same-origin' };
}
