import { lstat, readdir } from 'node:fs/promises';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import type { AccessManager } from '../access/access-manager.js';
import type { AccessContext, ResolvedPath, Subject } from '../access/types.js';
import type { ContainerManager } from '../containers/container-manager.js';
import { invalidArgument, ioError, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { validateSessionId } from '../store/repositories/session-repository.js';
import { findSessionWorkspace } from './find-session-workspace.js';
import { ensureSessionWorkspace } from './session-workspace.js';

/** One entry of a workspace folder (symlinks are reported, never followed). */
export interface SessionFileEntry {
  readonly name: string;
  /** Relative to the workspace root, `/`-separated. */
  readonly path: string;
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  readonly size: number;
  readonly modifiedAt: number;
}

/** One folder of a workspace: folders first, then by name. */
export interface SessionFileListing {
  /** The folder, relative to the workspace root (`""` for the root). */
  readonly path: string;
  readonly entries: readonly SessionFileEntry[];
  /** More entries than `maxEntries` exist; the rest are left out. */
  readonly truncated: boolean;
}

/** Who asks for which path of which session's workspace. */
export interface SessionFileRequest {
  readonly subject: Subject;
  readonly sessionId: string;
  /** As the caller gave it; the path policy decides (`.` is the root). */
  readonly path: string;
  readonly requestId?: string;
}

/** Files of session workspaces, every access decided and audited by the access manager's path policy. */
export interface SessionFiles {
  list(request: SessionFileRequest): ResultAsync<SessionFileListing, KernelError>;
  /** A regular file's bytes; larger than `maxFileBytes` is `invalid-argument`. */
  read(request: SessionFileRequest): ResultAsync<{ path: string; content: Buffer }, KernelError>;
  /** Creates or replaces a file (and missing parent folders); the workspace is made when missing. */
  write(
    request: SessionFileRequest & { content: Uint8Array },
  ): ResultAsync<{ path: string; size: number }, KernelError>;
}

/** Options of {@link createSessionFiles}. */
export interface SessionFilesOptions {
  readonly home: string;
  readonly containers: ContainerManager | null;
  readonly access: AccessManager;
  /** Largest file read or written. Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** Most entries listed per folder. Default 1000. */
  readonly maxEntries?: number;
}

const systemCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** An `io` failure the caller caused (missing file, a folder where a file was meant) is theirs, not ours. */
function callerFailure(error: KernelError, request: SessionFileRequest): KernelError {
  if (error.code !== 'io') return error;
  const cause = systemCode(error.cause);
  if (cause === 'ENOENT') return notFound('file', request.path);
  if (cause === 'ENOTDIR' || cause === 'EISDIR')
    return invalidArgument('path', `${cause === 'EISDIR' ? 'a folder' : 'not a folder'}: ${request.path}`);
  return error;
}

/** Creates the session file service over the access manager's path policy. */
export function createSessionFiles(options: SessionFilesOptions): SessionFiles {
  const maxFileBytes = options.maxFileBytes ?? 1_048_576;
  const maxEntries = options.maxEntries ?? 1000;
  const { access } = options;
  const contextOf = (request: SessionFileRequest): AccessContext => ({
    sessionId: request.sessionId,
    ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
  });
  const check = (
    request: SessionFileRequest,
    workspaceRoot: string,
    operation: 'read' | 'list' | 'write',
  ): ResultAsync<ResolvedPath, KernelError> => {
    const checked = access.checkPath(request.subject, request.path, {
      workspaceRoot,
      operation,
      context: contextOf(request),
    });
    return checked.isOk() ? okAsync(checked.value) : errAsync(checked.error);
  };
  const existing = (
    request: SessionFileRequest,
    operation: 'read' | 'list',
  ): ResultAsync<ResolvedPath, KernelError> => {
    const root = findSessionWorkspace(options.home, options.containers, request.sessionId);
    return root.isOk() ? check(request, root.value, operation) : errAsync(root.error);
  };
  const io = <T>(operation: string, resolved: ResolvedPath, work: () => Promise<T>) =>
    ResultAsync.fromPromise(work(), (error) => ioError(operation, resolved.relative || '.', error));

  return {
    list(request) {
      return existing(request, 'list')
        .andThen((resolved): ResultAsync<ResolvedPath, KernelError> => {
          const again = access.recheckPath(resolved, contextOf(request));
          return again.isOk() ? okAsync(again.value) : errAsync(again.error);
        })
        .andThen((resolved) =>
          io('list', resolved, async () => {
            const names = (await readdir(resolved.path)).sort();
            const entries: SessionFileEntry[] = [];
            for (const name of names.slice(0, maxEntries)) {
              const stats = await lstat(`${resolved.path}/${name}`).catch(() => undefined);
              if (stats === undefined) continue;
              const type = stats.isSymbolicLink()
                ? 'symlink'
                : stats.isDirectory()
                  ? 'directory'
                  : stats.isFile()
                    ? 'file'
                    : 'other';
              const path = resolved.relative === '' ? name : `${resolved.relative}/${name}`;
              entries.push({ name, path, type, size: stats.size, modifiedAt: stats.mtimeMs });
            }
            entries.sort((a, b) => Number(b.type === 'directory') - Number(a.type === 'directory'));
            return { path: resolved.relative, entries, truncated: names.length > maxEntries };
          }),
        )
        .mapErr((error) => callerFailure(error, request));
    },
    read(request) {
      return existing(request, 'read')
        .andThen((resolved) =>
          access.openPath(resolved, { context: contextOf(request) }).andThen((handle) =>
            io('read', resolved, async () => {
              try {
                const { size } = await handle.stat();
                if (size > maxFileBytes) return { tooLarge: size };
                return { content: await handle.readFile() };
              } finally {
                await handle.close();
              }
            }).andThen((read) =>
              'content' in read
                ? okAsync({ path: resolved.relative, content: read.content })
                : errAsync(
                    invalidArgument('path', `the file has ${read.tooLarge} bytes; at most ${maxFileBytes} are read`),
                  ),
            ),
          ),
        )
        .mapErr((error) => callerFailure(error, request));
    },
    write(request) {
      if (request.content.byteLength > maxFileBytes)
        return errAsync(invalidArgument('content', `longer than ${maxFileBytes} bytes`));
      const valid = validateSessionId(request.sessionId);
      if (valid.isErr()) return errAsync(valid.error);
      return ensureSessionWorkspace(options.home, options.containers, request.sessionId)
        .andThen((workspace) => check(request, workspace.workspaceRoot, 'write'))
        .andThen((resolved) =>
          access
            .openPath(resolved, { write: true, truncate: true, createParents: true, context: contextOf(request) })
            .andThen((handle) =>
              io('write', resolved, async () => {
                try {
                  await handle.writeFile(request.content);
                } finally {
                  await handle.close();
                }
                return { path: resolved.relative, size: request.content.byteLength };
              }),
            ),
        )
        .mapErr((error) => callerFailure(error, request));
    },
  };
}
