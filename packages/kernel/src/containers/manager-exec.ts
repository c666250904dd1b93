import { errAsync, type ResultAsync } from 'neverthrow';
import { invalidArgument, notRunning } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { ContainerRecord } from '../store/repositories/container-repository.js';
import type { ContainerActor } from './container-access.js';
import { validateContainerName } from './container-name.js';
import type { ExecOptions, ExecResult } from './exec-types.js';
import { guard, sameBackend, specFromRecord, type ManagerContext } from './manager-context.js';
import type { SandboxInfo } from './sandbox-spec.js';

/** Options of `ContainerManager.exec`; limits default to `[container]`. */
export interface ContainerExecOptions extends Partial<Pick<ExecOptions, 'timeoutMs' | 'maxOutputBytes'>> {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly stdin?: string | Uint8Array;
  readonly signal?: AbortSignal;
  readonly onStdout?: (chunk: string) => void;
  readonly onStderr?: (chunk: string) => void;
}

/**
 * Brings back the sandbox of a container Oxios records as running when the backend lost it (the
 * host rebooted, the Oxios process restarted) or stopped it behind Oxios's back.
 */
export function reviveSandbox(
  context: ManagerContext,
  record: ContainerRecord,
  error: KernelError,
): ResultAsync<SandboxInfo, KernelError> {
  const id = record.backendId ?? record.name;
  if (error.code !== 'not-running' && error.code !== 'not-found') return errAsync(error);
  // A stop or remove that raced with this command wins: only a container still recorded as running is revived.
  const current = context.containers.get(record.name);
  if (current.isErr()) return errAsync(current.error);
  if (current.value.status !== 'running') return errAsync(notRunning('container', record.name));
  if (error.code === 'not-running') return context.backend.start(id);
  context.logger.info({ container: record.name }, 'recreating a sandbox the backend no longer has');
  return context.backend.create(specFromRecord(context, record)).orElse((createError) =>
    // A concurrent revive may have won the race; its sandbox is as good as ours.
    createError.code === 'already-exists' ? context.backend.start(id) : errAsync(createError),
  );
}

/**
 * Runs `argv` in container `name`: validate, authorise and audit (`container-exec`, with the
 * container's network setting), require it to be running, then exec through the backend with
 * the configured timeout and output cap. A sandbox the backend lost is recreated once.
 */
export function execInContainer(
  context: ManagerContext,
  actor: ContainerActor,
  name: string,
  argv: readonly string[],
  options: ContainerExecOptions,
): ResultAsync<ExecResult, KernelError> {
  const valid = validateContainerName(name);
  if (valid.isErr()) return errAsync(valid.error);
  if (argv.length === 0 || argv[0] === '') return errAsync(invalidArgument('argv', 'expected a command'));
  const found = context.containers.get(name);
  if (found.isErr()) return errAsync(found.error);
  const record = found.value;
  const details = {
    network: record.network,
    argv,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  return guard(context, actor, 'exec', name, details).andThen(() => {
    const mismatch = sameBackend(context, record);
    if (mismatch) return mismatch.map(() => undefined as never);
    if (record.status !== 'running' || record.backendId === null) return errAsync(notRunning('container', name));
    const id = record.backendId;
    const execOptions: ExecOptions = {
      ...options,
      timeoutMs: options.timeoutMs ?? context.config.exec_timeout_secs * 1000,
      maxOutputBytes: options.maxOutputBytes ?? context.config.max_output_bytes,
    };
    const run = () => context.backend.exec(id, argv, execOptions);
    return run().orElse((error) => reviveSandbox(context, record, error).andThen(run));
  });
}
