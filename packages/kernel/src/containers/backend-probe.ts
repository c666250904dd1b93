/** How strongly a backend separates a sandbox from the host. */
export type IsolationLevel = 'vm' | 'namespace' | 'none';

/** The resource limits a sandbox can carry. */
export const LIMIT_NAMES = ['cpus', 'memory', 'pids', 'fileSize', 'openFiles', 'cpuTime', 'addressSpace'] as const;

/** One of {@link LIMIT_NAMES}. */
export type LimitName = (typeof LIMIT_NAMES)[number];

/**
 * How a limit is enforced: by the VM's size (`vm`), a cgroup (`cgroup`), a per-process rlimit
 * (`rlimit`), or not at all (`none`) — a configured value is then only recorded.
 */
export type LimitEnforcement = 'vm' | 'cgroup' | 'rlimit' | 'none';

/** What a backend guarantees on this machine. Tests assert exactly these claims, nothing more. */
export interface BackendEnforcement {
  /** Host files outside the workspace and explicit mounts are invisible (home folders, OXIOS_HOME, secrets). */
  readonly filesystemIsolation: boolean;
  /** Writes anywhere but the workspace and the private /tmp fail. */
  readonly readOnlyRoot: boolean;
  /** /tmp is private to the sandbox. */
  readonly privateTmp: boolean;
  /** A container created without network cannot open connections (not even to the host's loopback). */
  readonly networkIsolation: boolean;
  /** Own PID namespace or VM: a timeout or `stop` kills every process a command started. */
  readonly processIsolation: boolean;
  /** Commands run in their own user namespace. */
  readonly userNamespace: boolean;
  /** Creating user namespaces inside the sandbox fails. */
  readonly nestedUserNamespacesBlocked: boolean;
  /** Commands hold no capabilities (they cannot mount, remount `/` writable, …). */
  readonly capabilitiesDropped: boolean;
  /** The environment holds only what was passed (plus PATH, HOME and PWD), never the host's. */
  readonly cleanEnvironment: boolean;
  /** A cgroup per container is used for limits. */
  readonly cgroups: boolean;
  /** How each limit is enforced. */
  readonly limits: Readonly<Record<LimitName, LimitEnforcement>>;
}

/** What `ContainerBackend.probe()` found. Probing never throws: an unusable backend says why. */
export interface BackendProbe {
  /** The backend's kind, e.g. `bwrap`. */
  readonly backend: string;
  readonly available: boolean;
  /** Version of the underlying tool, when known. */
  readonly version?: string;
  /** Why the backend is unavailable. */
  readonly reason?: string;
  readonly isolation: IsolationLevel;
  readonly enforces: BackendEnforcement;
  /** Remarks for people (e.g. which cgroup version is used, or why a limit is not enforced). */
  readonly notes: readonly string[];
}

/** Enforcement of a backend that isolates nothing. */
export const NO_ENFORCEMENT: BackendEnforcement = {
  filesystemIsolation: false,
  readOnlyRoot: false,
  privateTmp: false,
  networkIsolation: false,
  processIsolation: false,
  userNamespace: false,
  nestedUserNamespacesBlocked: false,
  capabilitiesDropped: false,
  cleanEnvironment: false,
  cgroups: false,
  limits: {
    cpus: 'none',
    memory: 'none',
    pids: 'none',
    fileSize: 'none',
    openFiles: 'none',
    cpuTime: 'none',
    addressSpace: 'none',
  },
};
