import type { ResultAsync } from 'neverthrow';
import {
  CallerSchema,
  LoginResponseSchema,
  LogoutResponseSchema,
  type Caller,
  type LoginRequest,
  type LoginResponse,
  type LogoutResponse,
} from '../../schemas/auth.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** Who is calling, and the dashboard's browser session. */
export interface AuthApi {
  /** `GET /api/auth/me`. */
  me(signal?: AbortSignal): ResultAsync<Caller, ClientError>;
  /** `POST /api/auth/session`: a token or one-time login code for a session cookie. */
  login(request: LoginRequest, signal?: AbortSignal): ResultAsync<LoginResponse, ClientError>;
  /** `DELETE /api/auth/session`: ends the browser session and clears its cookies. */
  logout(signal?: AbortSignal): ResultAsync<LogoutResponse, ClientError>;
}

/** Creates the {@link AuthApi} over `options`. */
export function createAuthApi(options: HttpOptions): AuthApi {
  return {
    me: (signal) =>
      callApi(options, { method: 'GET', path: '/api/auth/me', response: CallerSchema, ...withSignal(signal) }),
    login: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/auth/session',
        body: request,
        response: LoginResponseSchema,
        ...withSignal(signal),
      }),
    logout: (signal) =>
      callApi(options, {
        method: 'DELETE',
        path: '/api/auth/session',
        response: LogoutResponseSchema,
        ...withSignal(signal),
      }),
  };
}
