import type { Caller } from '@oxios/sdk-client';
import type { RequestIdVariables } from 'hono/request-id';
import type { WebSession } from './security/web-sessions.js';

/** The Hono environment shared by every route and middleware of the server. */
export interface ServerEnv {
  Variables: RequestIdVariables & {
    /** Set by `authenticate` for every `/api/*` request except the public ones. */
    caller?: Caller;
    /** The browser session, when the caller authenticated with the session cookie. */
    webSession?: WebSession;
  };
}
