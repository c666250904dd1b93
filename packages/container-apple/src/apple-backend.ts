import type { ContainerBackend, KernelError, Logger, SandboxInfo } from '@oxios/kernel';
import { err, errAsync, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import { appleExec } from './apple-exec.js';
import { buildRunArgs, containerId, CONTAINER_WORKSPACE, runSpecProblem } from './cli-args.js';
import { featuresOf } from './cli-features.js';
import { ContainerListSchema, toSandboxInfo } from './container-json.js';
import { envProblem, withEnvFile } from './env-file.js';
import { backendError, invalidArgument, notFound, systemNotRunning, timeoutError, unavailable } from './errors.js';
import { cliVersion, probeCli } from './probe-cli.js';
import { runCli, type CliCall, type CliTarget } from './run-cli.js';

/** Time limits of CLI calls, milliseconds. */
export interface AppleTimeouts {
  /** status, inspect, list, stop, delete, start. Default 30 s. */
  readonly control: number;
  /** `run` until the container is running. Default 120 s. */
  readonly create: number;
  /** `image pull` and `build`. Default 15 min. */
  readonly image: number;
  /** `system start`. Default 120 s. */
  readonly systemStart: number;
}

/** Options of {@link createAppleBackend}. */
export interface AppleBackendOptions {
  /** The `container` executable. Default `container` (found on PATH). */
  readonly binary?: string;
  /** Environment of the CLI (nothing else is inherited). Default: this process's environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** When the system service is down, run `container system start --enable-kernel-install` (it may install a kernel). Default false. */
  readonly startSystem?: boolean;
  readonly timeouts?: Partial<AppleTimeouts>;
  readonly logger?: Logger;
}

const DEFAULT_TIMEOUTS: AppleTimeouts = { control: 30_000, create: 120_000, image: 900_000, systemStart: 120_000 };

/** Parses list/inspect JSON (either shape) into SandboxInfo. */
function parseContainers(stdout: string, operation: string): Result<SandboxInfo[], KernelError> {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    return err(backendError(operation, 'the CLI printed invalid JSON', { stdout, error }));
  }
  const parsed = ContainerListSchema.safeParse(json);
  if (!parsed.success)
    return err(
      backendError(operation, `unexpected JSON: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`, { stdout }),
    );
  return ok(parsed.data.map((entry) => toSandboxInfo(entry, CONTAINER_WORKSPACE)));
}

/**
 * Creates the backend over Apple's `container` CLI. Containers are named `oxios-<name>`, labelled,
 * run `sleep infinity` as init and get commands through `container exec`. Stop only stops;
 * remove deletes. Every call has a time limit and honours its AbortSignal.
 */
export function createAppleBackend(options: AppleBackendOptions = {}): ContainerBackend {
  const target: CliTarget = { binary: options.binary ?? 'container', env: options.env ?? process.env };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const logger = options.logger?.child({ component: 'container-apple' });
  let version: Promise<Result<string, KernelError>> | undefined;
  const features = () => {
    const pending: Promise<Result<string, KernelError>> =
      version ??
      Promise.resolve(cliVersion(target, timeouts.control)).then((result) => {
        if (result.isErr()) version = undefined; // try again next time: the CLI may get installed
        return result;
      });
    version = pending;
    return new ResultAsync(pending).map(featuresOf);
  };
  const cli = (args: readonly string[], call: Omit<CliCall, 'timeoutMs'> & { timeoutMs?: number | undefined }) =>
    runCli(target, args, { ...call, timeoutMs: call.timeoutMs ?? timeouts.control });
  const container = (id: string) => ({ resource: 'container' as const, id });

  const inspect = (id: string, signal?: AbortSignal): ResultAsync<SandboxInfo | null, KernelError> =>
    cli(['inspect', id], { operation: 'inspect', signal, subject: container(id) })
      .andThen((output) => parseContainers(output.stdout, 'inspect').map((found) => found[0] ?? null))
      // 1.x fails for an unknown id where 0.x printed [].
      .orElse((error) => (error.code === 'not-found' ? ok(null) : err(error)));

  const waitRunning = (id: string, deadline: number, signal?: AbortSignal): ResultAsync<SandboxInfo, KernelError> =>
    inspect(id, signal).andThen((info) => {
      if (info?.state === 'running') return okAsync(info);
      if (Date.now() > deadline) return errAsync(timeoutError(`container ${id} to start`, timeouts.create));
      return ResultAsync.fromSafePromise(new Promise((resolve) => setTimeout(resolve, 250))).andThen(() =>
        waitRunning(id, deadline, signal),
      );
    });

  const idempotent = (args: string[], operation: string, id: string) =>
    cli(args, { operation, subject: container(id) })
      .map(() => undefined)
      // Unknown ids are already stopped/deleted (≤ 0.10 even exited 0 for them).
      .orElse((error) => (error.code === 'not-found' ? ok(undefined) : err(error)));

  const backend: ContainerBackend = {
    kind: 'apple',
    defaultImage: 'docker.io/library/debian:bookworm-slim',
    probe: (probeOptions = {}) => probeCli(target, probeOptions.timeoutMs ?? timeouts.control, probeOptions.signal),
    ensureReady(readyOptions = {}) {
      return ResultAsync.fromSafePromise(backend.probe(readyOptions)).andThen((probe) => {
        if (probe.available) return okAsync(probe);
        // No version: the CLI itself is missing or broken, which no `system start` fixes.
        if (probe.version === undefined)
          return errAsync(unavailable(probe.reason ?? 'the container CLI cannot be used'));
        if (options.startSystem !== true) return errAsync(systemNotRunning());
        logger?.info({}, 'starting the container system service');
        return cli(['system', 'start', '--enable-kernel-install'], {
          operation: 'system start',
          timeoutMs: timeouts.systemStart,
          signal: readyOptions.signal,
        })
          .andThen(() => ResultAsync.fromSafePromise(backend.probe(readyOptions)))
          .andThen((started) => (started.available ? ok(started) : err(systemNotRunning())));
      });
    },
    ensureImage(image, imageOptions = {}) {
      const signal = imageOptions.signal;
      const timeoutMs = imageOptions.timeoutMs ?? timeouts.image;
      if (image.kind === 'build') {
        const args = ['build', '-t', image.tag, '-f', image.containerfile, image.context];
        return cli(args, { operation: 'build', timeoutMs, signal }).map(() => image.tag);
      }
      const subject = { resource: 'image' as const, id: image.ref };
      return cli(['image', 'inspect', image.ref], { operation: 'image inspect', signal, subject })
        .map(() => image.ref)
        .orElse((error) => {
          if (error.code !== 'not-found' && error.code !== 'backend') return errAsync(error);
          logger?.info({ image: image.ref }, 'pulling image');
          return cli(['image', 'pull', image.ref], { operation: 'image pull', timeoutMs, signal, subject }).map(
            () => image.ref,
          );
        });
    },
    create(spec, createOptions = {}) {
      const id = containerId(spec.name);
      const problem = envProblem(spec.env ?? {});
      if (problem !== undefined) return errAsync(invalidArgument('env', problem));
      const deadline = Date.now() + (createOptions.timeoutMs ?? timeouts.create);
      return features().andThen((cliFeatures) => {
        const invalid = runSpecProblem(spec, cliFeatures);
        if (invalid) return errAsync(invalidArgument(invalid.field, invalid.message));
        const run = (envFile: string | undefined) =>
          cli(buildRunArgs(spec, { features: cliFeatures, ...(envFile === undefined ? {} : { envFile }) }), {
            operation: 'create',
            timeoutMs: createOptions.timeoutMs ?? timeouts.create,
            signal: createOptions.signal,
            subject: container(id),
          });
        return new ResultAsync(withEnvFile(spec.env ?? {}, (envFile) => Promise.resolve(run(envFile)))).andThen(() =>
          waitRunning(id, deadline, createOptions.signal),
        );
      });
    },
    start(id, startOptions = {}) {
      return cli(['start', id], { operation: 'start', signal: startOptions.signal, subject: container(id) }).andThen(
        () => inspect(id, startOptions.signal).andThen((info) => (info ? ok(info) : err(notFound('container', id)))),
      );
    },
    exec: (id, argv, execOptions) => appleExec(target, id, argv, execOptions),
    stop: (id) => idempotent(['stop', id], 'stop', id),
    remove: (id) => idempotent(['delete', '--force', id], 'delete', id),
    inspect: (id, inspectOptions = {}) => inspect(id, inspectOptions.signal),
    list(listOptions = {}) {
      const wanted = Object.entries({ 'oxios.managed': 'true', ...listOptions.labels });
      return cli(['list', '--all', '--format', 'json'], { operation: 'list', signal: listOptions.signal })
        .andThen((output) => parseContainers(output.stdout, 'list'))
        .map((found) => found.filter((info) => wanted.every(([key, value]) => info.labels[key] === value)));
    },
  };
  return backend;
}
