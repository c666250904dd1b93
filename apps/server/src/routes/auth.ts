import { unauthenticated } from '@oxios/kernel';
import { CallerSchema, LoginRequestSchema, LoginResponseSchema, LogoutResponseSchema } from '@oxios/sdk-client';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { err, ok } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { callerFromToken } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../middleware/authenticate.js';
import type { ServerEnv } from '../server-env.js';

function clearCookies(context: Context<ServerEnv>, secure: boolean): void {
  deleteCookie(context, SESSION_COOKIE, { path: '/', secure });
  deleteCookie(context, CSRF_COOKIE, { path: '/', secure });
}

/** Dashboard login/logout (session cookie + CSRF token) and `me`. */
export function authRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'POST',
      path: '/api/auth/session',
      access: 'public',
      summary: 'Exchange a token or a one-time login code for a session cookie',
      tags: ['auth'],
      body: LoginRequestSchema,
      response: LoginResponseSchema,
      status: 201,
      handler: ({ body, context }) => {
        const record =
          'token' in body
            ? deps.tokens.verify(body.token)
            : (() => {
                const tokenId = deps.webSessions.redeemLoginCode(body.code);
                return tokenId === undefined
                  ? err(unauthenticated('unknown'))
                  : deps.tokens.get(tokenId).mapErr(() => unauthenticated('unknown'));
              })();
        return record.map((token) => {
          const session = deps.webSessions.create(token.id);
          const maxAge = Math.floor((session.expiresAt - Date.now()) / 1000);
          setCookie(context, SESSION_COOKIE, session.id, {
            httpOnly: true,
            sameSite: 'Strict',
            secure: deps.tls,
            path: '/',
            maxAge,
          });
          setCookie(context, CSRF_COOKIE, session.csrfToken, {
            httpOnly: false,
            sameSite: 'Strict',
            secure: deps.tls,
            path: '/',
            maxAge,
          });
          return { caller: callerFromToken(token), csrfToken: session.csrfToken, expiresAt: iso(session.expiresAt) };
        });
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/auth/session',
      access: 'user',
      summary: 'Log out: end the browser session',
      tags: ['auth'],
      response: LogoutResponseSchema,
      handler: ({ context }) => {
        const session = context.get('webSession');
        if (session) deps.webSessions.remove(session.id);
        clearCookies(context, deps.tls);
        return ok({ loggedOut: session !== undefined });
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/auth/me',
      access: 'user',
      summary: 'Who the credential belongs to',
      tags: ['auth'],
      response: CallerSchema,
      handler: ({ caller }) => (caller ? ok(caller) : err(unauthenticated('missing'))),
    }),
  ];
}
