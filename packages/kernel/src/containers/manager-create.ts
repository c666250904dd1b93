import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { DEFAULT_IMAGE_SETTING } from '../config/sections/container.js';
import { invalidArgument, ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { ContainerRecord } from '../store/repositories/container-repository.js';
import type { ContainerActor } from './container-access.js';
import type { OperationOptions } from './container-backend.js';
import { validateContainerName } from './container-name.js';
import { containerPaths } from './container-paths.js';
import { limitsFromConfig } from './limits-from-config.js';
import { guard, specFromRecord, type ManagerContext } from './manager-context.js';
import type { ImageSpec, SandboxInfo } from './sandbox-spec.js';

/** What a new container should be. Limits always come from `[container]`. */
export interface CreateContainerRequest {
  readonly name: string;
  /** Image reference; default `container.image` (`default`: the backend's own). */
  readonly image?: string;
  /** Containerfile text: written to the container's folder and built instead of `image`. */
  readonly containerfile?: string;
  /** Default `container.network`. */
  readonly network?: boolean;
  /** Environment of every command (names: letters, digits, `_`). */
  readonly env?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9_.\-/]{0,127}$/;

function checkRequest(request: CreateContainerRequest): KernelError | undefined {
  const name = validateContainerName(request.name);
  if (name.isErr()) return name.error;
  const badEnv = Object.keys(request.env ?? {}).find((key) => !ENV_NAME.test(key));
  if (badEnv !== undefined) return invalidArgument('env', `${JSON.stringify(badEnv)} is not a variable name`);
  const badLabel = Object.keys(request.labels ?? {}).find((key) => !LABEL_KEY.test(key) || key.startsWith('oxios.'));
  if (badLabel !== undefined)
    return invalidArgument('labels', `${JSON.stringify(badLabel)} is not a label you may set`);
  if (request.image !== undefined && !/^\S+$/.test(request.image))
    return invalidArgument('image', 'expected an image reference');
  return undefined;
}

const io = <T>(operation: string, path: string, work: () => Promise<T>) =>
  ResultAsync.fromPromise(work(), (error) => ioError(operation, path, error));

/**
 * Creates a container: authorise and audit, record it as `creating`, prepare the workspace,
 * make the image available, create the sandbox with the configured limits, then record it as
 * `running`. A failure undoes the record and any folder this call created.
 */
export function createContainer(
  context: ManagerContext,
  actor: ContainerActor,
  request: CreateContainerRequest,
  options: OperationOptions,
): ResultAsync<ContainerRecord, KernelError> {
  const invalid = checkRequest(request);
  if (invalid) return errAsync(invalid);
  const { backend, config } = context;
  const network = request.network ?? config.network;
  const paths = containerPaths(context.home, request.name);
  const configured = request.image ?? config.image;
  const ref = configured === DEFAULT_IMAGE_SETTING ? backend.defaultImage : configured;
  const image: ImageSpec =
    request.containerfile === undefined
      ? { kind: 'ref', ref }
      : {
          kind: 'build',
          containerfile: join(paths.directory, 'Containerfile'),
          context: paths.directory,
          tag: `oxios-${request.name}:latest`,
        };

  return guard(context, actor, 'create', request.name, { network }).andThen(() => {
    const inserted = context.containers.insert({
      name: request.name,
      backend: backend.kind,
      backendId: null,
      image: image.kind === 'ref' ? image.ref : image.tag,
      status: 'creating',
      workspace: paths.workspace,
      network,
      limits: limitsFromConfig(config),
      labels: request.labels ?? {},
      env: request.env ?? {},
      createdBy: actor.subject,
    });
    if (inserted.isErr()) return errAsync(inserted.error);
    const record = inserted.value;
    const freshDirectory = !existsSync(paths.directory);
    const undo = (error: KernelError) => {
      context.containers.remove(record.name);
      const cleanup = freshDirectory ? rm(paths.directory, { recursive: true, force: true }) : Promise.resolve();
      return ResultAsync.fromSafePromise(cleanup.catch(() => undefined)).andThen(() => errAsync(error));
    };
    return io('create', paths.workspace, () => mkdir(paths.workspace, { recursive: true, mode: 0o700 }))
      .andThen(() =>
        request.containerfile === undefined || image.kind !== 'build'
          ? okAsync(undefined)
          : io('write', image.containerfile, () =>
              writeFile(image.containerfile, request.containerfile ?? '', { mode: 0o600 }),
            ),
      )
      .andThen(() => backend.ensureImage(image, options))
      .andThen((imageRef) => {
        const spec = { ...specFromRecord(context, record), image: imageRef };
        return createSandbox(context, spec.name, () => backend.create(spec, options)).map((info) => ({
          info,
          imageRef,
        }));
      })
      .andThen(({ info, imageRef }) => {
        const updated = context.containers.update(record.name, {
          status: 'running',
          backendId: info.id,
          image: imageRef,
        });
        return updated.isOk() ? okAsync(updated.value) : backend.remove(info.id).andThen(() => errAsync(updated.error));
      })
      .orElse(undo)
      .map((created) => {
        context.logger.info(
          { container: created.name, backend: backend.kind, subject: actor.subject },
          'container created',
        );
        return created;
      });
  });
}

/** Creates the sandbox; an Oxios-labelled leftover with the same id (an interrupted create) is replaced. */
function createSandbox(
  context: ManagerContext,
  name: string,
  create: () => ResultAsync<SandboxInfo, KernelError>,
): ResultAsync<SandboxInfo, KernelError> {
  return create().orElse((error) => {
    if (error.code !== 'already-exists') return errAsync(error);
    // Only a sandbox Oxios labelled as its own is replaced; anything else keeps the error.
    return context.backend.inspect(error.id).andThen((existing) => {
      if (existing?.labels['oxios.managed'] !== 'true') return errAsync(error);
      context.logger.warn({ container: name }, 'removing a leftover sandbox from an interrupted create');
      return context.backend.remove(existing.id).andThen(create);
    });
  });
}
