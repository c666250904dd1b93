import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { invalidArgument, alreadyExists, notFound, notRunning } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import { NO_ENFORCEMENT, type BackendProbe } from './backend-probe.js';
import type { ContainerBackend } from './container-backend.js';
import { runHostProcess } from './run-host-process.js';
import type { SandboxInfo, SandboxSpec } from './sandbox-spec.js';

/** Options of {@link createHostBackend}. */
export interface HostBackendOptions {
  /** Must be `true`: the host backend runs commands as plain host processes, with no isolation. */
  readonly allowHost: true;
  readonly logger?: Logger;
  /** PATH given to commands. Default: this process's PATH. */
  readonly path?: string;
}

const WARNING = 'the host backend runs agent commands as plain host processes with NO isolation';

interface HostSandbox {
  readonly spec: SandboxSpec;
  readonly createdAt: number;
  state: 'running' | 'stopped';
  startedAt: number;
  readonly running: Set<AbortController>;
}

/**
 * The `host` backend: each command is a plain process in the workspace folder, in its own process
 * group (killed as a whole on exit, timeout, abort and `stop`), with an explicit environment. It
 * isolates nothing — use it only where no sandbox exists and you accept that. It logs a warning
 * when created and on every `create`; `selectContainerBackend` only builds it with
 * `container.allow_host = true`.
 */
export function createHostBackend(options: HostBackendOptions): ContainerBackend {
  // The type already demands `true`; this guards callers that cast around it.
  if (!(options.allowHost as boolean)) throw new Error('createHostBackend requires allowHost: true');
  const logger = (options.logger ?? noopLogger).child({ component: 'container-host' });
  logger.warn({ backend: 'host' }, `${WARNING} (container.allow_host = true)`);
  const sandboxes = new Map<string, HostSandbox>();
  const basePath = options.path ?? process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';

  const info = (sandbox: HostSandbox): SandboxInfo => ({
    id: sandbox.spec.name,
    name: sandbox.spec.name,
    backend: 'host',
    state: sandbox.state,
    image: 'host',
    createdAt: sandbox.createdAt,
    startedAt: sandbox.startedAt,
    labels: sandbox.spec.labels ?? {},
    workspacePath: sandbox.spec.workspace,
  });
  const probe: BackendProbe = {
    backend: 'host',
    available: true,
    isolation: 'none',
    enforces: { ...NO_ENFORCEMENT, cleanEnvironment: true },
    notes: [`${WARNING}: commands can read and write everything the Oxios process can`],
  };
  const stopAll = (sandbox: HostSandbox) => {
    for (const controller of sandbox.running) controller.abort();
  };

  return {
    kind: 'host',
    defaultImage: 'host',
    probe: () => Promise.resolve(probe),
    ensureReady: () => okAsync(probe),
    ensureImage(image) {
      return image.kind === 'ref' && image.ref === 'host'
        ? okAsync('host')
        : errAsync(invalidArgument('image', 'the host backend runs on the host itself; the image must be "host"'));
    },
    create(spec) {
      if (sandboxes.has(spec.name)) return errAsync(alreadyExists('container', spec.name));
      if (!statSync(spec.workspace, { throwIfNoEntry: false })?.isDirectory()) {
        return errAsync(invalidArgument('workspace', `${spec.workspace} is not a folder`));
      }
      logger.warn({ backend: 'host', container: spec.name }, `${WARNING}; created container "${spec.name}"`);
      const now = Date.now();
      const sandbox: HostSandbox = { spec, createdAt: now, startedAt: now, state: 'running', running: new Set() };
      sandboxes.set(spec.name, sandbox);
      return okAsync(info(sandbox));
    },
    start(id) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return errAsync(notFound('container', id));
      if (sandbox.state !== 'running') Object.assign(sandbox, { state: 'running', startedAt: Date.now() });
      return okAsync(info(sandbox));
    },
    exec(id, argv, execOptions) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return errAsync<never, KernelError>(notFound('container', id));
      if (sandbox.state !== 'running') return errAsync<never, KernelError>(notRunning('container', id));
      if (argv.length === 0) return errAsync<never, KernelError>(invalidArgument('argv', 'expected a command'));
      const controller = new AbortController();
      sandbox.running.add(controller);
      const { workspace } = sandbox.spec;
      const cwd =
        execOptions.cwd === undefined
          ? workspace
          : isAbsolute(execOptions.cwd)
            ? execOptions.cwd
            : join(workspace, execOptions.cwd);
      const signal = execOptions.signal ? AbortSignal.any([execOptions.signal, controller.signal]) : controller.signal;
      const env = { PATH: basePath, HOME: workspace, ...sandbox.spec.env, ...execOptions.env };
      return new ResultAsync(
        runHostProcess(argv, { ...execOptions, cwd, env, signal }).finally(() => sandbox.running.delete(controller)),
      );
    },
    stop(id) {
      const sandbox = sandboxes.get(id);
      if (sandbox) {
        sandbox.state = 'stopped';
        stopAll(sandbox);
      }
      return okAsync(undefined);
    },
    remove(id) {
      const sandbox = sandboxes.get(id);
      if (sandbox) stopAll(sandbox);
      sandboxes.delete(id);
      return okAsync(undefined);
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
  };
}
