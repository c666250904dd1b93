import type { KernelError } from '@oxios/kernel';
import type { Caller, Role } from '@oxios/sdk-client';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Result, ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { ServerEnv } from '../server-env.js';
import { hasRole } from './caller.js';
import { errorResponse, kernelErrorResponse } from './error-body.js';

/** Who may call a route: anyone, or a caller with at least this role. */
export type RouteAccess = 'public' | Role;

/** What a handler receives: validated input and the authenticated caller. */
export interface RouteInput<Body, Query, Params> {
  readonly body: Body;
  readonly query: Query;
  readonly params: Params;
  /** Present on every non-public route. */
  readonly caller: Caller | undefined;
  readonly context: Context<ServerEnv>;
}

type HandlerResult<Output> =
  Result<Output, KernelError> | ResultAsync<Output, KernelError> | Promise<Result<Output, KernelError> | Response>;

/** A route: its contract (used for validation, OpenAPI and the security tests) and its handler. */
export interface RouteDefinition<Body = unknown, Query = unknown, Params = unknown, Output = unknown> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Hono path, e.g. `/api/tokens/:id`. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly body?: z.ZodType<Body>;
  /**
   * A body the handler reads and answers itself (JSON-RPC answers its own error objects): not
   * validated here; documents the route and tells the fuzz tests what to send.
   */
  readonly rawBody?: z.ZodType;
  readonly query?: z.ZodType<Query>;
  readonly params?: z.ZodType<Params>;
  /** Schema of the success body (documentation; handlers are typed against it). */
  readonly response: z.ZodType<Output>;
  readonly status?: ContentfulStatusCode;
  /** Raw routes (event streams, static files) build their own Response. */
  readonly handler: (input: RouteInput<Body, Query, Params>) => HandlerResult<Output> | Promise<Response>;
}

/** Any route, with its types erased: what lists of routes hold. */
export interface AnyRoute {
  readonly method: RouteDefinition['method'];
  readonly path: string;
  readonly access: RouteAccess;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly body?: z.ZodType;
  readonly rawBody?: z.ZodType;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
  readonly response: z.ZodType;
  readonly status?: ContentfulStatusCode;
  readonly handler: (input: RouteInput<never, never, never>) => HandlerResult<unknown> | Promise<Response>;
}

/** Typed constructor for a route definition (keeps inference of body/query/params/output). */
export function defineRoute<Body = undefined, Query = undefined, Params = undefined, Output = unknown>(
  route: RouteDefinition<Body, Query, Params, Output>,
): RouteDefinition<Body, Query, Params, Output> {
  return route;
}

function invalid(context: Context, where: string, error: z.ZodError): Response {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0];
  const message = first
    ? `invalid ${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`
    : `invalid ${where}`;
  return context.json({ error: { code: 'invalid-argument', message, details: { where, issues } } }, 400);
}

async function readJson(context: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await context.req.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Mounts `routes` on `app`: role check, input validation, then the handler's Result → JSON. */
export function registerRoutes(app: Hono<ServerEnv>, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    app.on(route.method, route.path, async (context) => {
      const caller = context.get('caller');
      if (route.access !== 'public') {
        if (!caller) return errorResponse(context, 401, 'unauthenticated', 'authentication required');
        if (!hasRole(caller.role, route.access)) {
          return errorResponse(
            context,
            403,
            'permission-denied',
            `this needs the ${route.access} role; you are ${caller.role}`,
          );
        }
      }
      const params = route.params ? route.params.safeParse(context.req.param()) : undefined;
      if (params && !params.success) return invalid(context, 'path', params.error);
      const query = route.query ? route.query.safeParse(context.req.query()) : undefined;
      if (query && !query.success) return invalid(context, 'query', query.error);
      let body: unknown = undefined;
      if (route.body) {
        const type = context.req.header('content-type') ?? '';
        if (!type.startsWith('application/json'))
          return errorResponse(context, 415, 'unsupported-media-type', 'send the body as application/json');
        const raw = await readJson(context);
        if (!raw.ok) return errorResponse(context, 400, 'invalid-argument', 'the body is not valid JSON');
        const parsed = route.body.safeParse(raw.value);
        if (!parsed.success) return invalid(context, 'body', parsed.error);
        body = parsed.data;
      }
      // The schemas above produced exactly the types this route's handler was written for.
      const input = { body, query: query?.data, params: params?.data, caller, context } as RouteInput<
        never,
        never,
        never
      >;
      const outcome = await route.handler(input);
      if (outcome instanceof Response) return outcome;
      if (outcome.isErr()) return kernelErrorResponse(context, outcome.error);
      return context.json(outcome.value as object, route.status ?? 200);
    });
  }
}
