import { execa } from 'execa';

/** Options for {@link runBin} and {@link startBin}. */
export interface BinOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  /** Text written to stdin (then closed). */
  readonly input?: string;
  /** Kill the process after this long. Default 30 s. */
  readonly timeoutMs?: number;
}

/** What a finished process did. */
export interface BinResult {
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/**
 * Runs a JavaScript bin (e.g. a package's built `dist/bin.js`) with the current Node.js as a real
 * child process and captures its output. Never rejects for a non-zero exit; inspect the result.
 */
export async function runBin(
  binPath: string,
  args: readonly string[] = [],
  options: BinOptions = {},
): Promise<BinResult> {
  const result = await execa(process.execPath, [binPath, ...args], {
    env: options.env ?? process.env,
    extendEnv: false,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    input: options.input ?? '',
    timeout: options.timeoutMs ?? 30_000,
    reject: false,
    stripFinalNewline: false,
  });
  return {
    exitCode: result.exitCode,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
  };
}
