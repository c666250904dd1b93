import type { ResultAsync } from 'neverthrow';
import {
  ConfigUpdateResponseSchema,
  ConfigViewSchema,
  type ConfigUpdateRequest,
  type ConfigUpdateResponse,
  type ConfigView,
} from '../../schemas/config.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** The server's configuration (admin). */
export interface ConfigApi {
  /** `GET /api/config`: the effective configuration, secrets redacted. */
  get(signal?: AbortSignal): ResultAsync<ConfigView, ClientError>;
  /**
   * `PUT /api/config`: replaces config.toml after validation. An invalid configuration fails with
   * `http` 400 `config-invalid` (or `invalid-argument`) whose message names the key.
   */
  update(request: ConfigUpdateRequest, signal?: AbortSignal): ResultAsync<ConfigUpdateResponse, ClientError>;
}

/** Creates the {@link ConfigApi} over `options`. */
export function createConfigApi(options: HttpOptions): ConfigApi {
  return {
    get: (signal) =>
      callApi(options, { method: 'GET', path: '/api/config', response: ConfigViewSchema, ...withSignal(signal) }),
    update: (request, signal) =>
      callApi(options, {
        method: 'PUT',
        path: '/api/config',
        body: request,
        response: ConfigUpdateResponseSchema,
        ...withSignal(signal),
      }),
  };
}
