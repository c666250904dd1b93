import type { Subject, TokenRecord, TokenService } from '@oxios/kernel';
import { grantTokenRole } from '../http/grant-role.js';
import {
  CreatedTokenSchema,
  CreateTokenRequestSchema,
  IdSchema,
  TokenListSchema,
  TokenSchema,
  type Token,
} from '@oxios/sdk-client';
import { z } from 'zod';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { iso, isoOrNull } from '../http/iso.js';

/** A token record as the API shows it. */
export function toApiToken(record: TokenRecord): Token {
  return {
    id: record.id,
    name: record.name,
    userName: record.userName,
    role: record.role,
    createdAt: iso(record.createdAt),
    lastUsedAt: isoOrNull(record.lastUsedAt),
    expiresAt: isoOrNull(record.expiresAt),
    revokedAt: isoOrNull(record.revokedAt),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Token administration: admin only. */
export function tokenRoutes(deps: ServerDeps & { tokens: TokenService }) {
  return [
    defineRoute({
      method: 'GET',
      path: '/api/tokens',
      access: 'admin',
      summary: 'List API tokens (never their secrets)',
      tags: ['tokens'],
      response: TokenListSchema,
      handler: () => deps.tokens.list().map((records) => ({ items: records.map(toApiToken) })),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/tokens',
      access: 'admin',
      summary: 'Create an API token; the secret is in this response only',
      tags: ['tokens'],
      body: CreateTokenRequestSchema,
      response: CreatedTokenSchema,
      status: 201,
      handler: ({ body, caller }) =>
        deps.tokens
          .create({
            name: body.name,
            userName: body.userName ?? body.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
            role: body.role,
            ...(body.expiresInDays === undefined ? {} : { expiresAt: Date.now() + body.expiresInDays * DAY_MS }),
          })
          .andThen((created) =>
            grantTokenRole(
              deps.kernel.access,
              created.record.userName,
              created.record.role,
              (caller?.subject ?? 'system') as Subject,
            ).map(() => ({
              token: created.token,
              record: toApiToken(created.record),
            })),
          ),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/tokens/:id',
      access: 'admin',
      summary: 'Revoke an API token (idempotent)',
      tags: ['tokens'],
      params: z.strictObject({ id: IdSchema }),
      response: TokenSchema,
      handler: ({ params }) => deps.tokens.revoke(params.id).map(toApiToken),
    }),
  ];
}
