import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxSpec } from '@oxios/kernel';
import type { BwrapSetup } from './bwrap-setup.js';
import { runSandbox } from './run-sandbox.js';
import { sandboxLaunch } from './sandbox-launch.js';

// Fails with 11 when the sandbox holds any capability, 12 when its root is writable, 13 when
// kernel settings are (it writes core_pattern's own value back, so even a failure changes nothing).
const SMOKE_SCRIPT = [
  'while read -r key value; do [ "$key" = CapEff: ] && [ "$value" != 0000000000000000 ] && exit 11; done < /proc/self/status',
  '(: > /oxios-probe) 2>/dev/null && exit 12',
  'pattern=$(cat /proc/sys/kernel/core_pattern) && (printf "%s\\n" "$pattern" > /proc/sys/kernel/core_pattern) 2>/dev/null && exit 13',
  'exit 0',
].join('; ');

const PROBE_LIMITS = {
  cpus: 1,
  memoryMiB: 256,
  pids: 64,
  fileSizeMiB: 16,
  openFiles: 256,
  cpuSeconds: 10,
  addressSpaceMiB: 0,
};

/**
 * Runs one real sandbox with the full flags and checks, from inside, that no capability is held
 * and the root is read-only. Returns the problem, or undefined when sandboxes work here.
 */
export async function smokeTest(facts: BwrapSetup, hide: readonly string[]): Promise<string | undefined> {
  const workspace = await mkdtemp(join(tmpdir(), 'oxios-bwrap-probe-'));
  try {
    const spec: SandboxSpec = { name: 'oxios-probe', image: 'host', workspace, network: false, limits: PROBE_LIMITS };
    const launch = sandboxLaunch(facts, { spec, cgroupProcs: [] }, hide, ['sh', '-c', SMOKE_SCRIPT], {});
    if (launch instanceof Error) return launch.message;
    const result = await runSandbox(launch.launch, { timeoutMs: 15_000, maxOutputBytes: 16_384 });
    if (result.isErr()) return result.error.message;
    if (result.value.exitCode === 11) return 'capabilities were not dropped inside the sandbox';
    if (result.value.exitCode === 12) return 'the sandbox root was writable';
    if (result.value.exitCode === 13) return 'kernel settings (/proc/sys) were writable inside the sandbox';
    return result.value.exitCode === 0
      ? undefined
      : `a test sandbox failed (exit ${result.value.exitCode}): ${result.value.stderr.trim()}`;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}
