import type { KernelError } from '@oxios/kernel';
import {
  alreadyExists,
  backendError,
  invalidArgument,
  invalidState,
  notFound,
  notRunning,
  systemNotRunning,
} from './errors.js';

/** A failed `container` invocation. */
export interface CliFailure {
  /** What Oxios was doing, e.g. `create`, `image pull`. */
  readonly operation: string;
  readonly argv: readonly string[];
  readonly exitCode: number | undefined;
  readonly stderr: string;
  /** The container (or image) the call was about, for not-found / already-exists. */
  readonly subject?: { readonly resource: 'container' | 'image'; readonly id: string };
}

/**
 * Maps a failed call to a KernelError by its exit code and the `Error: <code>: "…"` text the CLI
 * prints (most failures share exit 1): exit 64 is a usage error (usually an option this version
 * lacks), XPC errors mean the system service is not running, then notFound, exists and
 * invalidState. The argv, exit code and stderr stay in `cause` for logs.
 */
export function classifyCliError(failure: CliFailure): KernelError {
  const { stderr, subject } = failure;
  const firstLine = stderr.split('\n').find((line) => line.trim() !== '') ?? `exit ${failure.exitCode ?? 'by signal'}`;
  const cause = { argv: failure.argv, exitCode: failure.exitCode, stderr };
  const id = subject?.id ?? '';
  if (failure.exitCode === 64) {
    return backendError(
      failure.operation,
      `the container CLI rejected the arguments (probably an option this version lacks): ${firstLine}`,
      cause,
    );
  }
  if (/XPC connection error|container system start/.test(stderr)) return systemNotRunning();
  if (/\bnotFound: /.test(stderr)) return notFound(subject?.resource ?? 'container', id);
  if (/\bexists: /.test(stderr)) return alreadyExists(id);
  if (/\binvalidState: .*is not running/.test(stderr)) return notRunning(id);
  if (/\binvalidState: /.test(stderr)) return invalidState(id, firstLine.replace(/^Error: /, ''));
  if (/\binvalidArgument: /.test(stderr)) return invalidArgument(failure.operation, firstLine.replace(/^Error: /, ''));
  return backendError(failure.operation, firstLine.replace(/^Error: /, ''), cause);
}
