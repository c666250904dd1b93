import type { ResultAsync } from 'neverthrow';
import type { KernelError } from '../../errors/kernel-error.js';

/** Options of one sandboxed command (the shape of ContainerManager's `exec`). */
export interface SandboxExecOptions {
  /** Working directory, relative to the workspace (as the sandbox sees it). Default: the workspace. */
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Aborting kills the command and every process it started. */
  readonly signal?: AbortSignal;
  /** Bytes kept per stream. */
  readonly maxOutputBytes?: number;
  readonly onStdout?: (chunk: string) => void;
  readonly onStderr?: (chunk: string) => void;
}

/** How a sandboxed command ended; a non-zero exit is a result, not an error. */
export interface SandboxExecResult {
  readonly exitCode: number | null;
  readonly signal?: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated?: boolean;
  readonly durationMs?: number;
}

/**
 * Runs commands in the project's sandbox (bubblewrap, Apple container, or the host backend when
 * the user opted in). The containers subsystem implements it; without one, `container_exec` refuses.
 */
export interface SandboxExec {
  /** What kind of sandbox this is, for the system prompt (e.g. `bubblewrap`, `apple-container`, `host`). */
  readonly kind: string;
  /** Where the agent's workspace appears inside the sandbox (e.g. `/workspace`). */
  readonly workspacePath: string;
  exec(argv: readonly string[], options: SandboxExecOptions): ResultAsync<SandboxExecResult, KernelError>;
}
