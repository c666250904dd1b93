import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { ContainerManager } from '../containers/container-manager.js';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { containerSandbox } from '../runtime/ports/container-sandbox.js';
import type { SandboxExec } from '../runtime/ports/sandbox-exec.js';

/** Where a session's agents work. */
export interface SessionWorkspace {
  /** The workspace on the host (artefacts end up here). */
  readonly workspaceRoot: string;
  /** The session's sandbox, or null when no container backend is available. */
  readonly containerName: string | null;
}

/** The container of a session: `session-<id>`, or a digest when the id is too long for a name. */
export function sessionContainerName(sessionId: string): string {
  const plain = `session-${sessionId}`;
  return plain.length <= 63 ? plain : `session-${createHash('sha256').update(sessionId).digest('hex').slice(0, 24)}`;
}

/**
 * Makes sure the session has a workspace: its own project container when a backend is available
 * (created by `system` on first use), otherwise a plain folder under `<home>/workspaces/` — file
 * tools still work there, commands and verify checks do not run.
 */
export function ensureSessionWorkspace(
  home: string,
  containers: ContainerManager | null,
  sessionId: string,
  signal?: AbortSignal,
): ResultAsync<SessionWorkspace, KernelError> {
  if (containers === null) {
    const workspaceRoot = join(home, 'workspaces', sessionId);
    try {
      mkdirSync(workspaceRoot, { recursive: true, mode: 0o700 });
    } catch (error) {
      return errAsync(ioError('create', workspaceRoot, error));
    }
    return okAsync({ workspaceRoot, containerName: null });
  }
  const name = sessionContainerName(sessionId);
  const existing = containers.get(name);
  const ready: ResultAsync<unknown, KernelError> = existing.isOk()
    ? okAsync(existing.value)
    : existing.error.code === 'not-found'
      ? containers.create(
          { subject: 'system', sessionId },
          { name, labels: { session: sessionId } },
          signal ? { signal } : {},
        )
      : errAsync(existing.error);
  return ready.andThen(() =>
    containers.get(name).map((record) => ({ workspaceRoot: record.workspace, containerName: name })),
  );
}

/** The sandbox an agent's `container_exec` runs in, authorised as that agent. */
export function agentSandbox(
  containers: ContainerManager,
  workspace: SessionWorkspace,
  agentId: string,
  sessionId: string,
): SandboxExec | undefined {
  if (workspace.containerName === null) return undefined;
  const adapted = containerSandbox(containers, workspace.containerName, {
    subject: `agent:${agentId}`,
    agentId,
    sessionId,
  });
  return adapted.isOk() ? adapted.value.sandbox : undefined;
}
