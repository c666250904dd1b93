import { rm } from 'node:fs/promises';
import { errAsync, okAsync, ResultAsync, type Result } from 'neverthrow';
import type { ContainerSection } from '../config/sections/container.js';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import { createContainerRepository, type ContainerRecord } from '../store/repositories/container-repository.js';
import type { Store } from '../store/store.js';
import type { BackendProbe } from './backend-probe.js';
import type { ContainerAccess, ContainerActor } from './container-access.js';
import type { ContainerBackend, OperationOptions } from './container-backend.js';
import { validateContainerName } from './container-name.js';
import { containerPaths } from './container-paths.js';
import type { ExecResult } from './exec-types.js';
import { createContainer, type CreateContainerRequest } from './manager-create.js';
import { guard, sameBackend, specFromRecord, type ManagerContext } from './manager-context.js';
import { execInContainer, type ContainerExecOptions } from './manager-exec.js';
import type { SandboxMount } from './sandbox-spec.js';

/** Options of {@link createContainerManager}. */
export interface ContainerManagerOptions {
  readonly store: Store;
  /** From `selectContainerBackend`. */
  readonly backend: ContainerBackend;
  /** Authorisation and audit (the kernel's access manager). */
  readonly access: ContainerAccess;
  /** OXIOS_HOME: workspaces live at `<home>/containers/<name>/workspace`. */
  readonly home: string;
  /** The `[container]` section: image, limits, network, timeouts. */
  readonly config: ContainerSection;
  /** Extra read-only host folders every container sees (e.g. a toolchain). */
  readonly mounts?: readonly SandboxMount[];
  readonly logger?: Logger;
  readonly now?: () => number;
}

/** Options of {@link ContainerManager.remove}. */
export interface RemoveContainerOptions extends OperationOptions {
  /** Keep `<home>/containers/<name>` (and the workspace) on disk. Default false. */
  readonly keepWorkspace?: boolean;
}

/**
 * Project containers: named sandboxes with a workspace on the host, metadata in the store and the
 * configured limits applied. Every operation that acts is authorised and audited first.
 */
export interface ContainerManager {
  readonly backend: ContainerBackend;
  /** What the backend enforces here; probed once, `refresh` probes again. */
  probe(options?: { refresh?: boolean }): Promise<BackendProbe>;
  /** Makes the backend usable or says why not (e.g. `system-not-running`). */
  ensureReady(options?: OperationOptions): ResultAsync<BackendProbe, KernelError>;
  create(
    actor: ContainerActor,
    request: CreateContainerRequest,
    options?: OperationOptions,
  ): ResultAsync<ContainerRecord, KernelError>;
  start(actor: ContainerActor, name: string, options?: OperationOptions): ResultAsync<ContainerRecord, KernelError>;
  /** Runs `argv` (no shell) in a running container. A non-zero exit is a result, not an error. */
  exec(
    actor: ContainerActor,
    name: string,
    argv: readonly string[],
    options?: ContainerExecOptions,
  ): ResultAsync<ExecResult, KernelError>;
  /** Stops every process; the container and its workspace stay. */
  stop(actor: ContainerActor, name: string, options?: OperationOptions): ResultAsync<ContainerRecord, KernelError>;
  /** Deletes the sandbox, the record and (unless kept) `<home>/containers/<name>`. */
  remove(actor: ContainerActor, name: string, options?: RemoveContainerOptions): ResultAsync<void, KernelError>;
  get(name: string): Result<ContainerRecord, KernelError>;
  list(): Result<readonly ContainerRecord[], KernelError>;
}

/** Creates the container manager. */
export function createContainerManager(options: ContainerManagerOptions): ContainerManager {
  const context: ManagerContext = {
    containers: createContainerRepository(options.store, options.now),
    backend: options.backend,
    access: options.access,
    home: options.home,
    config: options.config,
    logger: (options.logger ?? noopLogger).child({ component: 'containers' }),
    now: options.now ?? Date.now,
    mounts: options.mounts ?? [],
  };
  const { backend, containers } = context;
  let probed: Promise<BackendProbe> | undefined;
  let ready: BackendProbe | undefined;

  const recordFor = (name: string): ResultAsync<ContainerRecord, KernelError> => {
    const valid = validateContainerName(name).andThen(() => containers.get(name));
    return valid.isErr() ? errAsync(valid.error) : okAsync(valid.value);
  };
  const lifecycle = (
    actor: ContainerActor,
    name: string,
    operation: 'start' | 'stop' | 'remove',
    act: (record: ContainerRecord) => ResultAsync<unknown, KernelError>,
  ) =>
    recordFor(name).andThen((record) =>
      guard(context, actor, operation, name, { network: record.network })
        // A container another backend made can still be removed (its record and folder); nothing else.
        .andThen(() => (operation === 'remove' ? undefined : sameBackend(context, record)) ?? okAsync(record))
        .andThen((current) => act(current).map(() => current)),
    );

  const manager: ContainerManager = {
    backend,
    probe(probeOptions = {}) {
      if (probeOptions.refresh === true || probed === undefined) probed = backend.probe();
      return probed;
    },
    ensureReady(readyOptions) {
      if (ready) return okAsync(ready);
      return backend.ensureReady(readyOptions).map((probe) => {
        ready = probe;
        probed = Promise.resolve(probe);
        context.logger.info({ backend: backend.kind, probe }, 'container backend ready');
        return probe;
      });
    },
    create(actor, request, createOptions = {}) {
      return manager.ensureReady(createOptions).andThen(() => createContainer(context, actor, request, createOptions));
    },
    start(actor, name, startOptions = {}) {
      return lifecycle(actor, name, 'start', (record) => {
        const recreate = () => backend.create(specFromRecord(context, record), startOptions);
        const started =
          record.backendId === null
            ? recreate()
            : backend
                .start(record.backendId, startOptions)
                .orElse((error) => (error.code === 'not-found' ? recreate() : errAsync(error)));
        return started.andThen((info) => {
          const running = containers.update(name, { status: 'running', backendId: info.id });
          return running.isErr() ? errAsync(running.error) : okAsync(undefined);
        });
      }).andThen(() => recordFor(name));
    },
    exec: (actor, name, argv, execOptions = {}) => execInContainer(context, actor, name, argv, execOptions),
    stop(actor, name, stopOptions = {}) {
      return lifecycle(actor, name, 'stop', (record) =>
        (record.backendId === null ? okAsync(undefined) : backend.stop(record.backendId, stopOptions)).andThen(() => {
          const stopped = containers.update(name, { status: 'stopped' });
          return stopped.isErr() ? errAsync(stopped.error) : okAsync(undefined);
        }),
      ).andThen(() => recordFor(name));
    },
    remove(actor, name, removeOptions = {}) {
      return lifecycle(actor, name, 'remove', (record) => {
        const foreign = record.backend !== backend.kind;
        if (foreign) {
          context.logger.warn(
            { container: name, createdBy: record.backend, active: backend.kind },
            'removing the record of a container another backend created; its sandbox is left to that backend',
          );
        }
        return (
          record.backendId === null || foreign ? okAsync(undefined) : backend.remove(record.backendId, removeOptions)
        )
          .andThen(() => {
            const removed = containers.remove(name);
            return removed.isErr() ? errAsync(removed.error) : okAsync(undefined);
          })
          .andThen(() => {
            if (removeOptions.keepWorkspace === true) return okAsync(undefined);
            const { directory } = containerPaths(context.home, name);
            // rm does not follow symlinks: a link planted in the workspace cannot redirect the delete.
            return ResultAsync.fromPromise(rm(directory, { recursive: true, force: true }), (error) =>
              ioError('remove', directory, error),
            );
          })
          .map(() => {
            context.logger.info({ container: name, subject: actor.subject }, 'container removed');
          });
      }).map(() => undefined);
    },
    get: (name) => validateContainerName(name).andThen(() => containers.get(name)),
    list: () => containers.list(),
  };
  return manager;
}
