import { fileURLToPath } from 'node:url';
import { getFreePort, runBin, startBin, type BinResult, type RunningBin } from '@oxios/testkit';

/** The built `oxios` binary: every test here runs it as a real process. */
export const OXIOS_BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** The ANSI escape introducer, ESC [. */
export const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[`);

/** Runs `oxios args…` to completion with `env`. */
export function oxios(env: Record<string, string | undefined>, args: readonly string[]): Promise<BinResult> {
  return runBin(OXIOS_BIN, args, { env, timeoutMs: 60_000 });
}

/** Runs `oxios args… --json`, expects exit 0 and returns the parsed JSON. */
export async function oxiosJson<T = unknown>(
  env: Record<string, string | undefined>,
  args: readonly string[],
): Promise<T> {
  const result = await oxios(env, [...args, '--json']);
  if (result.exitCode !== 0) throw new Error(`oxios ${args.join(' ')} exited ${result.exitCode}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** A running `oxios serve` on a free port. */
export interface Served {
  readonly process: RunningBin;
  readonly url: string;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<BinResult>;
}

/** What `oxios status --json` says about the mode, to check a test really used the server. */
export async function modeOf(env: Record<string, string | undefined>): Promise<string> {
  return (await oxiosJson<{ mode: string }>(env, ['status'])).mode;
}

/** Starts `oxios serve --port <free>` and waits until it listens. */
export async function serve(env: Record<string, string | undefined>, extra: readonly string[] = []): Promise<Served> {
  const port = await getFreePort();
  // Kept until stop(): a test file may use one server for many minutes on a busy machine.
  const process = startBin(OXIOS_BIN, ['serve', '--port', String(port), ...extra], { env, timeoutMs: 60 * 60_000 });
  const match = await process.waitForOutput(/is running at (\S+)/, 60_000);
  return {
    process,
    url: match[1] ?? `http://127.0.0.1:${port}`,
    stop: () => {
      process.kill('SIGTERM');
      return process.exited();
    },
  };
}
