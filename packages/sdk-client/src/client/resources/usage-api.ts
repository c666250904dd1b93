import type { ResultAsync } from 'neverthrow';
import { UsageSchema, type Usage, type UsageQuery } from '../../schemas/usage.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** LLM usage and cost. */
export interface UsageApi {
  /** `GET /api/usage`: totals and per model; users see their own sessions only. */
  get(query?: UsageQuery, signal?: AbortSignal): ResultAsync<Usage, ClientError>;
}

/** Creates the {@link UsageApi} over `options`. */
export function createUsageApi(options: HttpOptions): UsageApi {
  return {
    get: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/usage',
        ...(query ? { query } : {}),
        response: UsageSchema,
        ...withSignal(signal),
      }),
  };
}
