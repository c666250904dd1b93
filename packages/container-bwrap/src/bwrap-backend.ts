import type {
  BackendProbe,
  ContainerBackend,
  ExecOptions,
  KernelError,
  Logger,
  SandboxInfo,
  SandboxSpec,
} from '@oxios/kernel';
import { err, errAsync, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import { bwrapProbe, unavailableProbe } from './bwrap-probe.js';
import { setUpBwrap, type BwrapSetup } from './bwrap-setup.js';
import { alreadyExists, backendError, invalidArgument, notFound, notRunning, unavailable } from './errors.js';
import type { Launch } from './launcher.js';
import { runSandbox } from './run-sandbox.js';
import { checkSpec, sandboxLaunch } from './sandbox-launch.js';
import { smokeTest } from './smoke-test.js';

/** Options of {@link createBwrapBackend}. */
export interface BwrapBackendOptions {
  /** Host paths no sandbox may ever see, even through a mount — pass OXIOS_HOME. */
  readonly hide?: readonly string[];
  /** PATH searched for bwrap, prlimit and sh. Default: this process's PATH plus the system folders. */
  readonly path?: string;
  /** The bwrap binary. Default: `bwrap` on `path`. */
  readonly bwrap?: string;
  /** Limit cpus, memory and processes with a cgroup per container when a writable hierarchy exists. Default true. */
  readonly cgroups?: boolean;
  /** The cgroup file system. Default `/sys/fs/cgroup`. */
  readonly cgroupRoot?: string;
  readonly logger?: Logger;
}

/** The bubblewrap backend, plus a view of the exact process it starts. */
export interface BwrapBackend extends ContainerBackend {
  readonly kind: 'bwrap';
  /**
   * The process a command in sandbox `id` is started with (`launch`: cgroup join and prlimit
   * around bwrap) and the bwrap invocation alone (`bwrap`) — for diagnostics and benchmarks.
   */
  launchFor(
    id: string,
    argv: readonly string[],
    options?: Pick<ExecOptions, 'cwd' | 'env'>,
  ): ResultAsync<{ launch: Launch; bwrap: Launch }, KernelError>;
}

/** A sandbox's state: the spec it was created with; commands in flight are aborted by stop. */
export interface BwrapSandbox {
  readonly spec: SandboxSpec;
  readonly createdAt: number;
  state: 'running' | 'stopped';
  startedAt: number;
  /** The sandbox's cgroup (`<name>.<pid>.<n>`) and the files a process joins it by. */
  readonly cgroup: string;
  cgroupProcs: readonly string[];
  readonly running: Set<AbortController>;
}

// Every sandbox gets its own cgroup, even one recreated under the same name while the old
// cgroup is still being torn down.
let cgroupCount = 0;

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * Creates the bubblewrap backend: each command runs in a fresh sandbox (see the README for the
 * exact bwrap arguments). Sandboxes are records in this process; after a restart the
 * ContainerManager recreates them from the store on the next command.
 */
export function createBwrapBackend(options: BwrapBackendOptions = {}): BwrapBackend {
  const hide = options.hide ?? [];
  const path = options.path ?? [process.env.PATH, DEFAULT_PATH].filter(Boolean).join(':');
  const sandboxes = new Map<string, BwrapSandbox>();
  let setup: Promise<BwrapSetup> | undefined;
  let probed: Promise<BackendProbe> | undefined;
  const ready = () =>
    (setup ??= setUpBwrap({
      path,
      useCgroups: options.cgroups ?? true,
      ...(options.bwrap === undefined ? {} : { bwrap: options.bwrap }),
      ...(options.cgroupRoot === undefined ? {} : { cgroupRoot: options.cgroupRoot }),
    }));
  const withSetup = <T>(work: (facts: BwrapSetup) => Promise<Result<T, KernelError>> | Result<T, KernelError>) =>
    new ResultAsync(
      ready().then((facts) => (facts.problem === undefined ? work(facts) : err(unavailable(facts.problem)))),
    );

  const info = (sandbox: BwrapSandbox): SandboxInfo => ({
    id: sandbox.spec.name,
    name: sandbox.spec.name,
    backend: 'bwrap',
    state: sandbox.state,
    image: 'host',
    createdAt: sandbox.createdAt,
    startedAt: sandbox.startedAt,
    labels: sandbox.spec.labels ?? {},
    workspacePath: '/workspace',
  });
  const attachCgroup = (facts: BwrapSetup, sandbox: BwrapSandbox): Result<void, KernelError> => {
    if (!facts.cgroups) return ok(undefined);
    try {
      sandbox.cgroupProcs = facts.cgroups.create(sandbox.cgroup, sandbox.spec.limits);
      return ok(undefined);
    } catch (error) {
      return err(backendError('create cgroup', error instanceof Error ? error.message : String(error), error));
    }
  };
  const stopAll = (sandbox: BwrapSandbox) => {
    for (const controller of sandbox.running) controller.abort();
  };

  const backend: BwrapBackend = {
    kind: 'bwrap',
    defaultImage: 'host',
    probe() {
      probed ??= ready().then(async (facts) => {
        const problem = facts.problem ?? (await smokeTest(facts, hide));
        return problem === undefined ? bwrapProbe(facts) : unavailableProbe(facts, problem);
      });
      return probed;
    },
    ensureReady() {
      return ResultAsync.fromSafePromise(backend.probe()).andThen((probe) =>
        probe.available ? ok(probe) : err(unavailable(probe.reason ?? 'bubblewrap cannot run sandboxes here')),
      );
    },
    ensureImage(image) {
      return image.kind === 'ref' && image.ref === 'host'
        ? okAsync('host')
        : errAsync(
            invalidArgument(
              'image',
              'bwrap runs the host\'s system folders read-only; the image must be "host" (builds and pulls need the apple backend)',
            ),
          );
    },
    create(spec) {
      return withSetup((facts) => {
        if (sandboxes.has(spec.name)) return err(alreadyExists(spec.name));
        const invalid = checkSpec(spec, hide);
        if (invalid) return err(invalid);
        const now = Date.now();
        const sandbox: BwrapSandbox = {
          spec,
          createdAt: now,
          startedAt: now,
          state: 'running',
          cgroup: `${spec.name}.${process.pid}.${(cgroupCount += 1)}`,
          cgroupProcs: [],
          running: new Set(),
        };
        return attachCgroup(facts, sandbox).map(() => {
          sandboxes.set(spec.name, sandbox);
          return info(sandbox);
        });
      });
    },
    start(id) {
      return withSetup((facts) => {
        const sandbox = sandboxes.get(id);
        if (!sandbox) return err(notFound(id));
        if (sandbox.state === 'running') return ok(info(sandbox));
        return attachCgroup(facts, sandbox).map(() => {
          Object.assign(sandbox, { state: 'running', startedAt: Date.now() });
          return info(sandbox);
        });
      });
    },
    exec(id, argv, execOptions) {
      return withSetup((facts) => {
        const sandbox = sandboxes.get(id);
        if (!sandbox) return err(notFound(id));
        if (sandbox.state !== 'running') return err(notRunning(id));
        const launch = sandboxLaunch(facts, sandbox, hide, argv, execOptions);
        if (launch instanceof Error) return err(invalidArgument('exec', launch.message));
        const controller = new AbortController();
        sandbox.running.add(controller);
        const signal = execOptions.signal
          ? AbortSignal.any([execOptions.signal, controller.signal])
          : controller.signal;
        return runSandbox(launch.launch, { ...execOptions, signal }).finally(() => sandbox.running.delete(controller));
      });
    },
    stop(id) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return okAsync(undefined);
      sandbox.state = 'stopped';
      stopAll(sandbox);
      return withSetup((facts) => (facts.cgroups?.kill(sandbox.cgroup), ok(undefined)));
    },
    remove(id) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return okAsync(undefined);
      sandboxes.delete(id);
      stopAll(sandbox);
      return withSetup(async (facts) => (await facts.cgroups?.remove(sandbox.cgroup), ok(undefined)));
    },
    inspect(id) {
      const sandbox = sandboxes.get(id);
      return okAsync(sandbox ? info(sandbox) : null);
    },
    list(listOptions = {}) {
      const wanted = Object.entries(listOptions.labels ?? {});
      return okAsync(
        [...sandboxes.values()]
          .filter((sandbox) => wanted.every(([key, value]) => sandbox.spec.labels?.[key] === value))
          .map(info),
      );
    },
    launchFor(id, argv, launchOptions = {}) {
      return withSetup((facts) => {
        const sandbox = sandboxes.get(id);
        if (!sandbox) return err(notFound(id));
        const launch = sandboxLaunch(facts, sandbox, hide, argv, launchOptions);
        return launch instanceof Error ? err(invalidArgument('exec', launch.message)) : ok(launch);
      });
    },
  };
  options.logger?.child({ component: 'container-bwrap' }).debug({ hide }, 'bwrap backend created');
  return backend;
}
