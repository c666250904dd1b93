import type { Result } from 'neverthrow';
import type { ContainerActor } from '../../containers/container-access.js';
import type { ContainerManager } from '../../containers/container-manager.js';
import { WORKSPACE_MOUNT_PATH } from '../../containers/sandbox-spec.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { SandboxExec } from './sandbox-exec.js';

/** A project container as an agent run uses it: the sandbox and the workspace both see. */
export interface ContainerSandbox {
  /** For `AgentRunInput.sandbox`: `container_exec` runs here. */
  readonly sandbox: SandboxExec;
  /** For `AgentRunInput.workspaceRoot`: the container's workspace on the host, where the file tools work. */
  readonly workspaceRoot: string;
}

/**
 * Adapts a running project container of the ContainerManager to the runtime's SandboxExec port,
 * acting as `actor` (the agent: the manager authorises and audits each command as
 * `container-exec`). The file tools and the container then share one workspace.
 */
export function containerSandbox(
  manager: Pick<ContainerManager, 'exec' | 'get' | 'backend'>,
  name: string,
  actor: ContainerActor,
): Result<ContainerSandbox, KernelError> {
  return manager.get(name).map((record) => ({
    workspaceRoot: record.workspace,
    sandbox: {
      kind: manager.backend.kind,
      // The host backend runs commands in the workspace itself; real sandboxes mount it.
      workspacePath: manager.backend.kind === 'host' ? record.workspace : WORKSPACE_MOUNT_PATH,
      exec: (argv, options) =>
        manager
          .exec(actor, name, argv, {
            timeoutMs: options.timeoutMs,
            ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
            ...(options.env === undefined ? {} : { env: options.env }),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...(options.maxOutputBytes === undefined ? {} : { maxOutputBytes: options.maxOutputBytes }),
            ...(options.onStdout === undefined ? {} : { onStdout: options.onStdout }),
            ...(options.onStderr === undefined ? {} : { onStderr: options.onStderr }),
          })
          .map((result) => ({
            exitCode: result.exitCode,
            signal: result.signal,
            stdout: result.stdout,
            stderr: result.stderr,
            truncated: result.truncated,
            durationMs: result.durationMs,
          })),
    },
  }));
}
