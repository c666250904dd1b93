/** Options of one command run in a sandbox. */
export interface ExecOptions {
  /** Working directory inside the sandbox; relative paths start at the workspace. Default: the workspace. */
  readonly cwd?: string;
  /** Extra environment (on top of the container's). */
  readonly env?: Readonly<Record<string, string>>;
  /** Text or bytes written to stdin, which is then closed. Default: no stdin (`/dev/null`). */
  readonly stdin?: string | Uint8Array;
  /** Wall-clock limit; the sandbox is killed when it passes and the result has `timedOut: true`. */
  readonly timeoutMs: number;
  /** Aborting kills the sandbox; the call then fails with `aborted`. */
  readonly signal?: AbortSignal;
  /** Output kept per stream; the rest is dropped and `truncated` set. */
  readonly maxOutputBytes: number;
  /** Receives stdout as it arrives (UTF-8, at most `maxOutputBytes` in total). */
  readonly onStdout?: (chunk: string) => void;
  /** Receives stderr as it arrives (UTF-8, at most `maxOutputBytes` in total). */
  readonly onStderr?: (chunk: string) => void;
}

/** How a command ended. A non-zero exit is a result, not an error. */
export interface ExecResult {
  /** Exit code; `null` when the sandbox was killed (timeout). 128+n when a process inside died of signal n. */
  readonly exitCode: number | null;
  /** The signal that killed the sandbox, if one did. */
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Output was cut at `maxOutputBytes`. */
  readonly truncated: boolean;
  readonly durationMs: number;
}
