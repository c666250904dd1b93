/** Where the workspace appears inside apple and bwrap sandboxes. */
export const WORKSPACE_MOUNT_PATH = '/workspace';

/** An image to run: a reference to pull, or a Containerfile to build. */
export type ImageSpec =
  | { readonly kind: 'ref'; readonly ref: string }
  | {
      readonly kind: 'build';
      /** Absolute path of the Containerfile. */
      readonly containerfile: string;
      /** Absolute path of the build context folder. */
      readonly context: string;
      /** Tag the built image gets; it is then run by this reference. */
      readonly tag: string;
    };

/**
 * Resource limits of a sandbox. `cpus`, `memoryMiB` and `pids` cover the whole container; the
 * others apply to each process. Which ones are enforced is reported by `probe()`.
 */
export interface SandboxLimits {
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly pids: number;
  readonly fileSizeMiB: number;
  readonly openFiles: number;
  readonly cpuSeconds: number;
  /** 0: no address-space limit. */
  readonly addressSpaceMiB: number;
}

/** An extra host folder made visible inside the sandbox, read-only. */
export interface SandboxMount {
  /** Absolute host path. */
  readonly hostPath: string;
  /** Absolute path inside the sandbox. */
  readonly path: string;
}

/** Everything a backend needs to create a sandbox. */
export interface SandboxSpec {
  /** Validated container name (see `validateContainerName`); the backend derives its id from it. */
  readonly name: string;
  /** Image reference (after `ensureImage`); `host` for bwrap and host backends. */
  readonly image: string;
  /** Absolute host path of the workspace, mounted read-write at {@link WORKSPACE_MOUNT_PATH}. */
  readonly workspace: string;
  readonly limits: SandboxLimits;
  /** Whether commands may use the network. */
  readonly network: boolean;
  /** Environment every command in the container gets. */
  readonly env?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
  /** Extra read-only mounts. */
  readonly mounts?: readonly SandboxMount[];
}

/** Lifecycle state as the backend reports it. */
export type SandboxState = 'running' | 'stopped' | 'unknown';

/** What a backend knows about one sandbox. */
export interface SandboxInfo {
  /** The backend's id for it (e.g. `oxios-<name>` for apple). */
  readonly id: string;
  readonly name: string;
  readonly backend: string;
  readonly state: SandboxState;
  readonly image?: string;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt?: number;
  readonly startedAt?: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Where the workspace is inside the sandbox (the host path for the host backend). */
  readonly workspacePath: string;
}
