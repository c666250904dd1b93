import type { ResultAsync } from 'neverthrow';

import {
  LoginResponseSchema,
  CallerSchema,
  type Caller,
  type LoginRequest,
  type LoginResponse,
} from '../schemas/auth.js';
import { HealthSchema, ReadySchema, StatusSchema, type Health, type Ready, type Status } from '../schemas/health.js';
import {
  CreatedTokenSchema,
  TokenListSchema,
  TokenSchema,
  type CreateTokenRequest,
  type CreatedToken,
  type Token,
  type TokenList,
} from '../schemas/tokens.js';
import type { ClientError } from './client-error.js';
import { callApi, type HttpOptions } from './http.js';

/** The typed Oxios API client. Every method returns a `ResultAsync`; nothing throws. */
export interface OxiosClient {
  health(signal?: AbortSignal): ResultAsync<Health, ClientError>;
  ready(signal?: AbortSignal): ResultAsync<Ready, ClientError>;
  status(signal?: AbortSignal): ResultAsync<Status, ClientError>;
  auth: {
    me(signal?: AbortSignal): ResultAsync<Caller, ClientError>;
    login(request: LoginRequest, signal?: AbortSignal): ResultAsync<LoginResponse, ClientError>;
  };
  tokens: {
    list(signal?: AbortSignal): ResultAsync<TokenList, ClientError>;
    create(request: CreateTokenRequest, signal?: AbortSignal): ResultAsync<CreatedToken, ClientError>;
    revoke(id: string, signal?: AbortSignal): ResultAsync<Token, ClientError>;
  };
}

const optionalSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

/** Creates a client for the server at `options.baseUrl`, authenticating with `options.token`. */
export function createOxiosClient(options: HttpOptions): OxiosClient {
  return {
    health: (signal) =>
      callApi(options, { method: 'GET', path: '/health', response: HealthSchema, ...optionalSignal(signal) }),
    ready: (signal) =>
      callApi(options, { method: 'GET', path: '/ready', response: ReadySchema, ...optionalSignal(signal) }),
    status: (signal) =>
      callApi(options, { method: 'GET', path: '/api/status', response: StatusSchema, ...optionalSignal(signal) }),
    auth: {
      me: (signal) =>
        callApi(options, { method: 'GET', path: '/api/auth/me', response: CallerSchema, ...optionalSignal(signal) }),
      login: (request, signal) =>
        callApi(options, {
          method: 'POST',
          path: '/api/auth/session',
          body: request,
          response: LoginResponseSchema,
          ...optionalSignal(signal),
        }),
    },
    tokens: {
      list: (signal) =>
        callApi(options, { method: 'GET', path: '/api/tokens', response: TokenListSchema, ...optionalSignal(signal) }),
      create: (request, signal) =>
        callApi(options, {
          method: 'POST',
          path: '/api/tokens',
          body: request,
          response: CreatedTokenSchema,
          ...optionalSignal(signal),
        }),
      revoke: (id, signal) =>
        callApi(options, {
          method: 'DELETE',
          path: `/api/tokens/${encodeURIComponent(id)}`,
          response: TokenSchema,
          ...optionalSignal(signal),
        }),
    },
  };
}
