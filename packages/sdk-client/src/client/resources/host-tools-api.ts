import type { ResultAsync } from 'neverthrow';
import { HostToolReportSchema, type HostToolReport } from '../../schemas/host-tools.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { withSignal } from './signal.js';

/** The server host's tools (superuser). */
export interface HostToolsApi {
  /** `GET /api/host-tools`: the configured required and optional tools, probed. */
  probe(signal?: AbortSignal): ResultAsync<HostToolReport, ClientError>;
}

/** Creates the {@link HostToolsApi} over `options`. */
export function createHostToolsApi(options: HttpOptions): HostToolsApi {
  return {
    probe: (signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/host-tools',
        timeoutMs: Math.max(options.timeoutMs ?? 30_000, 60_000),
        response: HostToolReportSchema,
        ...withSignal(signal),
      }),
  };
}
