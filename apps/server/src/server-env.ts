import type { RequestIdVariables } from 'hono/request-id';

/** The Hono environment shared by every route and middleware of the server. */
export interface ServerEnv {
  Variables: RequestIdVariables;
}
