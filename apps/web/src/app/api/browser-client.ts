import { createOxiosClient, type HttpOptions, type OxiosClient } from '@oxios/sdk-client';
import { unauthenticatedReason } from './sign-out-reason.js';

/** What {@link createBrowserClient} needs. */
export interface BrowserClientOptions {
  /** Default: the page's origin (the dashboard is served by the server it talks to). */
  readonly baseUrl?: string;
  /** Called when any call but the login itself answers 401, with the server's reason. */
  readonly onUnauthenticated: (reason: string | undefined) => void;
}

/** The client plus its connection settings (for `subscribe`). */
export interface BrowserClient {
  readonly client: OxiosClient;
  readonly http: HttpOptions;
}

const isLogin = (url: string, method: string | undefined) =>
  method === 'POST' && new URL(url).pathname === '/api/auth/session';

async function reasonOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { details?: unknown } };
    return unauthenticatedReason(body.error?.details);
  } catch {
    return undefined;
  }
}

/**
 * The dashboard's API client: session cookie + CSRF mode, and a watch on every answer so a
 * revoked or expired session sends the user back to the login screen with the reason.
 */
export function createBrowserClient(options: BrowserClientOptions): BrowserClient {
  const watching: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : input.toString();
    if (response.status === 401 && !isLogin(url, init?.method)) {
      options.onUnauthenticated(await reasonOf(response.clone()));
    }
    return response;
  };
  const http: HttpOptions = { baseUrl: options.baseUrl ?? window.location.origin, session: {}, fetch: watching };
  return { client: createOxiosClient(http), http };
}
