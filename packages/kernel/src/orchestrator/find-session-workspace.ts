import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { ContainerManager } from '../containers/container-manager.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import { notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { validateSessionId } from '../store/repositories/session-repository.js';
import { sessionContainerName } from './session-workspace.js';

/**
 * The host folder of a session's existing workspace, without creating one: its project
 * container's workspace, else `<home>/workspaces/<id>` (made when no sandbox backend was
 * available). `not-found` when the session has none yet.
 */
export function findSessionWorkspace(
  home: string,
  containers: ContainerManager | null,
  sessionId: string,
): Result<string, KernelError> {
  return validateSessionId(sessionId).andThen((id) => {
    const container = containers?.get(sessionContainerName(id));
    if (container?.isOk()) return ok(container.value.workspace);
    if (container?.isErr() && container.error.code !== 'not-found') return err(container.error);
    const root = join(home, 'workspaces');
    if (lstatSync(root, { throwIfNoEntry: false })?.isDirectory() !== true)
      return err(notFound('session workspace', id));
    return resolveUnderRoot(root, [id]).andThen((folder) =>
      lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() === true
        ? ok(folder)
        : err(notFound('session workspace', id)),
    );
  });
}
