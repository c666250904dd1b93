import type { BackendProbe, KernelError } from '@oxios/kernel';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { appleEnforcement, appleNotes, unavailableAppleProbe } from './apple-probe.js';
import { featuresOf, parseCliVersion } from './cli-features.js';
import { SystemStatusSchema } from './container-json.js';
import { backendError } from './errors.js';
import { runCli, type CliTarget } from './run-cli.js';

/** The CLI's version, from `container --version`. */
export function cliVersion(
  target: CliTarget,
  timeoutMs: number,
  signal?: AbortSignal,
): ResultAsync<string, KernelError> {
  return runCli(target, ['--version'], { operation: 'version', timeoutMs, signal }).andThen((output) => {
    const version = parseCliVersion(output.stdout);
    return version === undefined
      ? err(backendError('version', `cannot read a version from ${JSON.stringify(output.stdout.trim())}`))
      : ok(version);
  });
}

/** `running`, `not running` or `unregistered`: `system status --format json` from 0.11, the text and exit code before. */
export function systemStatus(
  target: CliTarget,
  version: string,
  timeoutMs: number,
  signal?: AbortSignal,
): ResultAsync<string, KernelError> {
  const json = featuresOf(version).statusJson;
  const args = json ? ['system', 'status', '--format', 'json'] : ['system', 'status'];
  return runCli(target, args, { operation: 'system status', timeoutMs, signal, allowFailure: true }).andThen(
    (output): Result<string, KernelError> => {
      if (!json) {
        if (output.exitCode === 0) return ok('running');
        return ok(output.stdout.includes('not registered') ? 'unregistered' : 'not running');
      }
      try {
        const parsed = SystemStatusSchema.safeParse(JSON.parse(output.stdout));
        if (parsed.success) return ok(parsed.data.status);
      } catch {
        // Reported below.
      }
      return err(
        backendError('system status', `unexpected output ${JSON.stringify(output.stdout.slice(0, 200))}`, output),
      );
    },
  );
}

/** Probes the CLI: installed, its version, the system service running, and what that version enforces. */
export async function probeCli(target: CliTarget, timeoutMs: number, signal?: AbortSignal): Promise<BackendProbe> {
  const version = await cliVersion(target, timeoutMs, signal);
  if (version.isErr()) return unavailableAppleProbe(version.error.message);
  const status = await systemStatus(target, version.value, timeoutMs, signal);
  if (status.isErr()) return unavailableAppleProbe(status.error.message, version.value);
  const features = featuresOf(version.value);
  const running = status.value === 'running';
  return {
    backend: 'apple',
    available: running,
    version: version.value,
    ...(running ? {} : { reason: `the container system service is ${status.value}; run \`container system start\`` }),
    isolation: 'vm',
    enforces: appleEnforcement(features),
    notes: appleNotes(features),
  };
}
