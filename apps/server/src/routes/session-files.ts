import { createSessionFiles, type KernelError } from '@oxios/kernel';
import {
  FileContentQuerySchema,
  FileContentSchema,
  FileTreeQuerySchema,
  FileTreeSchema,
  FileWrittenSchema,
  SessionParamsSchema,
  WriteFileRequestSchema,
  type Caller,
} from '@oxios/sdk-client';
import { errAsync, type Result } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { callerSubject } from '../http/caller-subject.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';
import { requireOwner } from '../http/ownership.js';

/** Largest file read or written through the API. */
export const MAX_WORKSPACE_FILE_BYTES = 1_048_576;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(content: Buffer): { encoding: 'utf-8' | 'base64'; content: string } {
  try {
    return { encoding: 'utf-8', content: utf8.decode(content) };
  } catch {
    return { encoding: 'base64', content: content.toString('base64') };
  }
}

/**
 * A session's workspace files. Only the session's owner (or an admin) gets here; then every path
 * goes through the kernel's path policy as the caller (`checkPath`, `openPath`: audited, confined
 * to the workspace, OXIOS_HOME and symlink escapes refused).
 */
export function sessionFileRoutes(deps: ServerDeps) {
  const { kernel } = deps;
  const files = createSessionFiles({
    home: kernel.config.home,
    containers: kernel.containers,
    access: kernel.access,
    maxFileBytes: MAX_WORKSPACE_FILE_BYTES,
  });
  const owned = (caller: Caller | undefined, id: string): Result<unknown, KernelError> =>
    kernel.sessions.get(id).andThen((session) => requireOwner(caller, session.userId, 'session', id, session));
  const request = (caller: Caller | undefined, sessionId: string, path: string, requestId: string) => ({
    subject: callerSubject(caller),
    sessionId,
    path,
    requestId,
  });
  return [
    defineRoute({
      method: 'GET',
      path: '/api/sessions/:id/files',
      access: 'user',
      summary: "One folder of a session's workspace (default its root)",
      tags: ['sessions', 'files'],
      params: SessionParamsSchema,
      query: FileTreeQuerySchema,
      response: FileTreeSchema,
      handler: ({ params, query, caller, context }) => {
        const allowed = owned(caller, params.id);
        if (allowed.isErr()) return errAsync(allowed.error);
        return files.list(request(caller, params.id, query.path ?? '.', context.get('requestId'))).map((listing) => ({
          path: listing.path,
          entries: listing.entries.map((entry) => ({ ...entry, modifiedAt: iso(entry.modifiedAt) })),
        }));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/sessions/:id/files/content',
      access: 'user',
      summary: `Read a workspace file (at most ${MAX_WORKSPACE_FILE_BYTES} bytes; base64 when not UTF-8)`,
      tags: ['sessions', 'files'],
      params: SessionParamsSchema,
      query: FileContentQuerySchema,
      response: FileContentSchema,
      handler: ({ params, query, caller, context }) => {
        const allowed = owned(caller, params.id);
        if (allowed.isErr()) return errAsync(allowed.error);
        return files
          .read(request(caller, params.id, query.path, context.get('requestId')))
          .map((file) => ({ path: file.path, size: file.content.byteLength, ...decode(file.content) }));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/sessions/:id/files/content',
      access: 'user',
      summary: `Create or replace a workspace file (at most ${MAX_WORKSPACE_FILE_BYTES} bytes)`,
      tags: ['sessions', 'files'],
      params: SessionParamsSchema,
      query: FileContentQuerySchema,
      body: WriteFileRequestSchema,
      response: FileWrittenSchema,
      handler: ({ params, query, body, caller, context }) => {
        const allowed = owned(caller, params.id);
        if (allowed.isErr()) return errAsync(allowed.error);
        const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
        return files.write({ ...request(caller, params.id, query.path, context.get('requestId')), content });
      },
    }),
  ];
}
