import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRepoFile } from './support/repo.js';
import { run } from './support/run.js';
import { createSyscallFilter, syscallGroups, tracedSyscalls } from './support/syscall-filter.js';
import { parseUnitFile, values } from './support/unit-file.js';
import { which } from './support/which.js';

const script = fileURLToPath(new URL('./support/simulate-unit-mounts.sh', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'oxios-bwrap-unit-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Why the simulation cannot run here, or undefined when it can. */
function missingPrerequisite(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root to build mount namespaces';
  for (const binary of ['unshare', 'setpriv', 'prlimit', 'bwrap'])
    if (!which(binary)) return `${binary} is not installed`;
  const probe = run('setpriv', [
    '--reuid=65534',
    '--regid=65534',
    '--clear-groups',
    'bwrap',
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--ro-bind',
    '/',
    '/',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    'true',
  ]);
  return probe.status === 0 ? undefined : `bubblewrap cannot create its namespaces here: ${probe.stderr.trim()}`;
}

const missing = missingPrerequisite();
const title = (text: string, extra?: string) => {
  const reason = missing ?? extra;
  return reason ? `${text} (skipped: ${reason})` : text;
};
const simulate = (variant: 'unit' | 'tunables' | 'docker', env: NodeJS.ProcessEnv = process.env) =>
  run(
    'unshare',
    ['--mount', '--pid', '--fork', '--ipc', '--uts', 'sh', script, mkdtempSync(join(scratch, 'run-')), variant],
    {
      env,
    },
  );

// Evidence for the trade-offs written in oxios.service and docs/operations.md, on this kernel: the
// unit's mount hardening rebuilt with unshare (not systemd itself), then a sandbox started in it
// the way @oxios/container-bwrap starts one.
describe('bubblewrap under the systemd unit hardening (simulated with unshare)', () => {
  it.skipIf(missing !== undefined)(title('starts a sandbox with the mounts oxios.service sets up'), () => {
    const result = simulate('unit');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^sandboxed uid=65534 host=oxios-sandbox pid=\d+$/m);
    expect(result.status).toBe(0);
  });

  it.skipIf(missing !== undefined)(
    title('fails to mount /proc once /proc/sys is over-mounted (ProtectKernelTunables)'),
    () => {
      const result = simulate('tunables');
      expect(result.stderr).toContain("Can't mount proc on /newroot/proc: Operation not permitted");
      expect(result.status).not.toBe(0);
    },
  );

  it.skipIf(missing !== undefined)(title("fails the same way under Docker's default /proc masks (systempaths)"), () => {
    const result = simulate('docker');
    expect(result.stderr).toContain("Can't mount proc on /newroot/proc: Operation not permitted");
    expect(result.status).not.toBe(0);
  });

  const noTracer = !which('strace') || !which('systemd-analyze');
  it.skipIf(missing !== undefined || noTracer)(
    title(
      'makes only system calls the unit’s SystemCallFilter allows',
      noTracer ? 'strace or systemd-analyze is not installed' : undefined,
    ),
    () => {
      const trace = join(scratch, 'sandbox-start.trace');
      const result = simulate('unit', { ...process.env, TRACE: trace });
      expect(result.status, result.stderr).toBe(0);
      const syscalls = tracedSyscalls(readFileSync(trace, 'utf8'));
      // The ones that make a sandbox: without them the trace would not prove much.
      expect(syscalls).toEqual(expect.arrayContaining(['unshare', 'mount', 'pivot_root', 'sethostname', 'prlimit64']));
      const groups = syscallGroups();
      const filter = values(parseUnitFile(readRepoFile('deploy/systemd/oxios.service')), 'Service', 'SystemCallFilter');
      const allows = createSyscallFilter(filter, groups);
      expect(syscalls.filter((syscall) => !allows(syscall))).toEqual([]);
      // Why the unit lists sethostname explicitly: systemd's service set does not include it.
      expect(createSyscallFilter(['@system-service @mount'], groups)('sethostname')).toBe(false);
    },
  );
});
