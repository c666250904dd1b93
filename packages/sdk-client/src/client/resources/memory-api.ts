import type { ResultAsync } from 'neverthrow';
import {
  MemoryNoteListSchema,
  MemoryNoteSchema,
  MemorySearchResultSchema,
  type MemoryListQuery,
  type MemoryNote,
  type MemoryNoteList,
  type MemorySearchQuery,
  type MemorySearchResult,
  type WriteMemoryNoteRequest,
} from '../../schemas/memory.js';
import { RemovedSchema, type Removed } from '../../schemas/skills.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** The caller's own long-term notes (nobody sees another user's). */
export interface MemoryApi {
  /** `GET /api/memory/notes`, most recently updated first. */
  list(query?: MemoryListQuery, signal?: AbortSignal): ResultAsync<MemoryNoteList, ClientError>;
  /** `GET /api/memory/search?q=`: notes containing every word, best first. */
  search(query: MemorySearchQuery, signal?: AbortSignal): ResultAsync<MemorySearchResult, ClientError>;
  /** `GET /api/memory/notes/:id`. */
  read(id: string, signal?: AbortSignal): ResultAsync<MemoryNote, ClientError>;
  /** `POST /api/memory/notes`: a new note (its id is derived from the title). */
  create(request: WriteMemoryNoteRequest, signal?: AbortSignal): ResultAsync<MemoryNote, ClientError>;
  /** `PUT /api/memory/notes/:id`: creates or replaces the note `id`. */
  write(id: string, request: WriteMemoryNoteRequest, signal?: AbortSignal): ResultAsync<MemoryNote, ClientError>;
  /** `DELETE /api/memory/notes/:id`. */
  remove(id: string, signal?: AbortSignal): ResultAsync<Removed, ClientError>;
}

/** Creates the {@link MemoryApi} over `options`. */
export function createMemoryApi(options: HttpOptions): MemoryApi {
  const at = (id: string) => `/api/memory/notes/${segment(id)}`;
  return {
    list: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/memory/notes',
        ...(query ? { query } : {}),
        response: MemoryNoteListSchema,
        ...withSignal(signal),
      }),
    search: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/memory/search',
        query,
        response: MemorySearchResultSchema,
        ...withSignal(signal),
      }),
    read: (id, signal) =>
      callApi(options, { method: 'GET', path: at(id), response: MemoryNoteSchema, ...withSignal(signal) }),
    create: (request, signal) =>
      callApi(options, {
        method: 'POST',
        path: '/api/memory/notes',
        body: request,
        response: MemoryNoteSchema,
        ...withSignal(signal),
      }),
    write: (id, request, signal) =>
      callApi(options, {
        method: 'PUT',
        path: at(id),
        body: request,
        response: MemoryNoteSchema,
        ...withSignal(signal),
      }),
    remove: (id, signal) =>
      callApi(options, { method: 'DELETE', path: at(id), response: RemovedSchema, ...withSignal(signal) }),
  };
}
