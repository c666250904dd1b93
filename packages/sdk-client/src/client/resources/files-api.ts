import type { ResultAsync } from 'neverthrow';
import {
  FileContentSchema,
  FileTreeSchema,
  FileWrittenSchema,
  type FileContent,
  type FileTree,
  type FileWritten,
  type WriteFileRequest,
} from '../../schemas/files.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** Files in a session's workspace, confined by the server's path policy. */
export interface FilesApi {
  /** `GET /api/sessions/:id/files?path=`: one folder (default the workspace root). */
  tree(sessionId: string, path?: string, signal?: AbortSignal): ResultAsync<FileTree, ClientError>;
  /** `GET /api/sessions/:id/files/content?path=`. */
  read(sessionId: string, path: string, signal?: AbortSignal): ResultAsync<FileContent, ClientError>;
  /** `PUT /api/sessions/:id/files/content?path=`: creates or replaces the file (parents included). */
  write(
    sessionId: string,
    path: string,
    request: WriteFileRequest,
    signal?: AbortSignal,
  ): ResultAsync<FileWritten, ClientError>;
}

/** Creates the {@link FilesApi} over `options`. */
export function createFilesApi(options: HttpOptions): FilesApi {
  const base = (sessionId: string) => `/api/sessions/${segment(sessionId)}/files`;
  return {
    tree: (sessionId, path, signal) =>
      callApi(options, {
        method: 'GET',
        path: base(sessionId),
        ...(path === undefined ? {} : { query: { path } }),
        response: FileTreeSchema,
        ...withSignal(signal),
      }),
    read: (sessionId, path, signal) =>
      callApi(options, {
        method: 'GET',
        path: `${base(sessionId)}/content`,
        query: { path },
        response: FileContentSchema,
        ...withSignal(signal),
      }),
    write: (sessionId, path, request, signal) =>
      callApi(options, {
        method: 'PUT',
        path: `${base(sessionId)}/content`,
        query: { path },
        body: request,
        response: FileWrittenSchema,
        ...withSignal(signal),
      }),
  };
}
