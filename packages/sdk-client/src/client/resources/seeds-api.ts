import type { ResultAsync } from 'neverthrow';
import {
  EvaluationListSchema,
  LineageSchema,
  SeedListSchema,
  SeedRecordSchema,
  type EvaluationList,
  type Lineage,
  type SeedList,
  type SeedListQuery,
  type SeedRecord,
} from '../../schemas/seeds.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Seeds (the immutable specs of each generation), their lineage and evaluations. */
export interface SeedsApi {
  /** `GET /api/seeds`, newest first; `sessionId` narrows to one session. */
  list(query?: SeedListQuery, signal?: AbortSignal): ResultAsync<SeedList, ClientError>;
  /** `GET /api/seeds/:id`. */
  get(id: string, signal?: AbortSignal): ResultAsync<SeedRecord, ClientError>;
  /** `GET /api/seeds/:id/lineage`: every generation with its latest evaluation, generation 1 first. */
  lineage(id: string, signal?: AbortSignal): ResultAsync<Lineage, ClientError>;
  /** `GET /api/seeds/:id/evaluations`, oldest first. */
  evaluations(id: string, signal?: AbortSignal): ResultAsync<EvaluationList, ClientError>;
}

/** Creates the {@link SeedsApi} over `options`. */
export function createSeedsApi(options: HttpOptions): SeedsApi {
  return {
    list: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/seeds',
        ...(query ? { query } : {}),
        response: SeedListSchema,
        ...withSignal(signal),
      }),
    get: (id, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/seeds/${segment(id)}`,
        response: SeedRecordSchema,
        ...withSignal(signal),
      }),
    lineage: (id, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/seeds/${segment(id)}/lineage`,
        response: LineageSchema,
        ...withSignal(signal),
      }),
    evaluations: (id, signal) =>
      callApi(options, {
        method: 'GET',
        path: `/api/seeds/${segment(id)}/evaluations`,
        response: EvaluationListSchema,
        ...withSignal(signal),
      }),
  };
}
