import { tmpdir } from 'node:os';
import { spawnCaptured } from './spawn-captured.js';
import type { HostToolStatus } from './host-tool-types.js';

/** A probed tool, before the caller says whether it is required. */
export type HostToolFinding = Omit<HostToolStatus, 'required'>;
import { findExecutable } from './find-executable.js';

/** Tools whose version is asked another way; an empty list means "do not ask". */
const VERSION_ARGUMENTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  go: [['version']],
  ssh: [['-V']],
  java: [['-version']],
  osascript: [],
  open: [],
  shortcuts: [],
};
const DEFAULT_ATTEMPTS: readonly (readonly string[])[] = [['--version'], ['-V'], ['-version']];
const VERSION_PATTERN = /\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z]+)*/;

/** What a probe needs besides the tool name. */
export interface ProbeToolOptions {
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Probes one host tool. It is available when an executable of that name is on PATH — a tool
 * without a version flag is still available; the version is best effort (`--version`, then
 * `-V`, then `-version`, stdout then stderr, first `x.y[.z]` found).
 */
export async function probeHostTool(name: string, options: ProbeToolOptions): Promise<HostToolFinding> {
  const path = await findExecutable(name, options.env.PATH ?? '');
  if (path === undefined) return { name, available: false };
  const attempts = Object.hasOwn(VERSION_ARGUMENTS, name) ? (VERSION_ARGUMENTS[name] ?? []) : DEFAULT_ATTEMPTS;
  for (const args of attempts) {
    if (options.signal?.aborted === true) break;
    const outcome = await spawnCaptured({
      file: path,
      args,
      cwd: tmpdir(),
      env: options.env,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      maxOutputBytes: 4096,
    });
    if (outcome.isErr() || outcome.value.ended !== 'exited' || outcome.value.exitCode !== 0) continue;
    const version = VERSION_PATTERN.exec(`${outcome.value.stdout}\n${outcome.value.stderr}`)?.[0];
    if (version !== undefined) return { name, available: true, version, path };
  }
  return { name, available: true, path };
}
