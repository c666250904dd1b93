import type { ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { BackendProbe } from './backend-probe.js';
import type { ExecOptions, ExecResult } from './exec-types.js';
import type { ImageSpec, SandboxInfo, SandboxSpec } from './sandbox-spec.js';

/** The backends Oxios ships. */
export type BackendKind = 'apple' | 'bwrap' | 'host';

/** Cancellation and a time limit for a control operation (create, stop, pull, …). */
export interface OperationOptions {
  readonly signal?: AbortSignal;
  /** Default: the backend's own limit for that operation. */
  readonly timeoutMs?: number;
}

/** Options of {@link ContainerBackend.list}. */
export interface ListOptions extends OperationOptions {
  /** Only sandboxes carrying every one of these labels. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A place where commands run: a VM (apple), namespaces (bwrap) or the host itself. Every method
 * returns its expected failures as values; `stop` and `remove` succeed for a sandbox that is
 * already stopped or gone. Implementations kill every child process they start when the signal
 * aborts or the time limit passes.
 */
export interface ContainerBackend {
  /** `apple`, `bwrap`, `host` — or another name for third-party backends. */
  readonly kind: string;
  /** The image used when the configuration says `default`. */
  readonly defaultImage: string;
  /** What this backend enforces on this machine. Never throws; an unusable backend says why. */
  probe(options?: OperationOptions): Promise<BackendProbe>;
  /** Makes the backend usable (checks the tool, starts services it may start) or says why not. */
  ensureReady(options?: OperationOptions): ResultAsync<BackendProbe, KernelError>;
  /** Makes `image` available locally (inspect, then pull or build). Returns the reference to run. */
  ensureImage(image: ImageSpec, options?: OperationOptions): ResultAsync<string, KernelError>;
  /** Creates and starts a sandbox; `already-exists` when its id is taken. */
  create(spec: SandboxSpec, options?: OperationOptions): ResultAsync<SandboxInfo, KernelError>;
  /** Starts a stopped sandbox; a running one is left alone. */
  start(id: string, options?: OperationOptions): ResultAsync<SandboxInfo, KernelError>;
  /** Runs `argv` (no shell) in the sandbox, streaming output; `not-running` when it is stopped. */
  exec(id: string, argv: readonly string[], options: ExecOptions): ResultAsync<ExecResult, KernelError>;
  /** Stops the sandbox and every process in it, keeping it for `start`. Idempotent. */
  stop(id: string, options?: OperationOptions): ResultAsync<void, KernelError>;
  /** Deletes the sandbox (stopping it first). The workspace on the host is kept. Idempotent. */
  remove(id: string, options?: OperationOptions): ResultAsync<void, KernelError>;
  /** The sandbox, or `null` when there is none with that id. */
  inspect(id: string, options?: OperationOptions): ResultAsync<SandboxInfo | null, KernelError>;
  /** Sandboxes this backend manages for Oxios. */
  list(options?: ListOptions): ResultAsync<readonly SandboxInfo[], KernelError>;
}
