import type { ResultAsync } from 'neverthrow';
import {
  CreatedTokenSchema,
  TokenListSchema,
  TokenSchema,
  type CreatedToken,
  type CreateTokenRequest,
  type Token,
  type TokenList,
} from '../../schemas/tokens.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** API token administration (admin role). */
export interface TokensApi {
  /** `GET /api/tokens`. */
  list(signal?: AbortSignal): ResultAsync<TokenList, ClientError>;
  /** `POST /api/tokens`: the secret is in this answer only. */
  create(request: CreateTokenRequest, signal?: AbortSignal): ResultAsync<CreatedToken, ClientError>;
  /** `DELETE /api/tokens/:id` (idempotent). */
  revoke(id: string, signal?: AbortSignal): ResultAsync<Token, ClientError>;
}

/** Creates the {@link TokensApi} over `options`. */
export function createTokensApi(options: HttpOptions): TokensApi {
  return {
    list: (signal) =>
      callApi(options, { method: 'GET', path: '/api/tokens', response: TokenListSchema, ...withSignal(signal) }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/tokens',
        body: request,
        response: CreatedTokenSchema,
        ...withSignal(signal),
      }),
    revoke: (id, signal) =>
      callApi(options, {
        method: 'DELETE',
        path: `/api/tokens/${segment(id)}`,
        response: TokenSchema,
        ...withSignal(signal),
      }),
  };
}
