import type { ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { ArgumentPolicy } from './argument-policy.js';

/** Options of {@link createHostExec}; `[exec]` in config.toml supplies most of them. */
export interface HostExecOptions {
  /** Bare command names that may run, matched exactly (`git`, not `/usr/bin/git`). */
  readonly allowlist: readonly string[];
  /**
   * Argument policies by command name, layered over DEFAULT_ARGUMENT_POLICIES (an entry replaces
   * the default for that command). Keys are canonical names: `python` covers `python3.12`.
   */
  readonly argumentPolicies?: Readonly<Record<string, ArgumentPolicy>>;
  /** Host variables passed through (or settable by requests). Default DEFAULT_ENV_ALLOWLIST. */
  readonly envAllowlist?: readonly string[];
  /** Timeout of a request that names none. */
  readonly defaultTimeoutMs: number;
  /** Largest timeout a request may ask for. Default: the larger of 10 minutes and the default. */
  readonly maxTimeoutMs?: number;
  /** Bytes kept per stream (stdout, stderr); the rest is discarded and flagged. */
  readonly maxOutputBytes: number;
  /** Where inherited variable values come from. Default `process.env`. */
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
  readonly logger?: Logger;
}

/** One host command to run. */
export interface HostExecRequest {
  /** Bare name on the allowlist. */
  readonly command: string;
  readonly args?: readonly string[];
  /** The agent's workspace; the command's directory and path-like options must stay inside. */
  readonly workspaceRoot: string;
  /** Working directory, absolute or relative to `workspaceRoot` (the default). */
  readonly cwd?: string;
  /** Variables to set; every name must be on the environment allowlist. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the command's stdin, which is otherwise empty. */
  readonly stdin?: string | Uint8Array;
  readonly timeoutMs?: number;
  /** Aborting kills the command and its whole process tree. */
  readonly signal?: AbortSignal;
}

/** A validated request: exactly what would run. */
export interface HostExecPlan {
  readonly command: string;
  /** Arguments as they will be passed, policy hardening arguments (`prefixArgs`) included. */
  readonly args: readonly string[];
  /** Real path of the working directory (inside the workspace). */
  readonly cwd: string;
  /** The complete child environment. */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

/** How a host command ended. A non-zero exit is a result, not an error. */
export interface HostExecResult {
  readonly command: string;
  /** Arguments as executed. */
  readonly args: readonly string[];
  readonly cwd: string;
  /** Exit code, or null when a signal ended the process. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutTruncated: boolean;
  readonly stderrTruncated: boolean;
  /** True when either stream exceeded `maxOutputBytes`. */
  readonly truncated: boolean;
  readonly durationMs: number;
}

/** The host-exec bridge. */
export interface HostExec {
  /** Validates a request without running it: the command, arguments, directory and environment. */
  readonly check: (request: HostExecRequest) => ResultAsync<HostExecPlan, KernelError>;
  /** Validates and runs a request. Timeout → `timeout`, abort → `aborted`; both kill the tree. */
  readonly run: (request: HostExecRequest) => ResultAsync<HostExecResult, KernelError>;
}
