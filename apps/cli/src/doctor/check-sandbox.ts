import type { Environment } from '@oxios/kernel';
import { check, type Check } from './check.js';
import { runTool } from './run-tool.js';

const firstLine = (text: string) => text.split('\n')[0]?.trim() ?? '';

async function checkBubblewrap(env: Environment): Promise<Check> {
  const version = await runTool('bwrap', ['--version'], env);
  if (!version.found) {
    return check(
      'sandbox',
      'warn',
      'no sandbox: bubblewrap (bwrap) is not on PATH, so agents cannot run commands in isolation; command tools are refused unless the host backend is enabled',
      'install bubblewrap: `apt install bubblewrap` (Debian, Ubuntu), `dnf install bubblewrap` (Fedora), `pacman -S bubblewrap` (Arch)',
    );
  }
  // Present is not enough: inside some containers user namespaces are off and bwrap cannot start.
  const trial = await runTool('bwrap', ['--ro-bind', '/', '/', '--unshare-all', '--die-with-parent', 'true'], env);
  if (!trial.ok) {
    return check(
      'sandbox',
      'warn',
      `${firstLine(version.output)} is installed but cannot create a sandbox here: ${firstLine(trial.output) || 'it failed'}`,
      'allow unprivileged user namespaces (`sysctl kernel.unprivileged_userns_clone=1`, or the AppArmor/container setting that blocks them)',
    );
  }
  return check(
    'sandbox',
    'pass',
    `${firstLine(version.output)}: agents' commands run in Linux namespaces (user, pid, net, ipc, uts, mount) with a read-only view of the host and no network unless granted`,
  );
}

async function checkAppleContainer(env: Environment): Promise<Check> {
  const version = await runTool('container', ['--version'], env);
  if (!version.found) {
    return check(
      'sandbox',
      'warn',
      "no sandbox: Apple's `container` CLI is not on PATH; command tools are refused unless the host backend is enabled",
      'install it from https://github.com/apple/container/releases (macOS 15+, Apple silicon), then `container system start`',
    );
  }
  return check('sandbox', 'pass', `${firstLine(version.output)}: agents' commands run in lightweight Linux VMs`);
}

/** Which sandbox backend this machine has, and whether it actually works. */
export function checkSandbox(env: Environment, platform: NodeJS.Platform = process.platform): Promise<Check> {
  if (platform === 'linux') return checkBubblewrap(env);
  if (platform === 'darwin') return checkAppleContainer(env);
  return Promise.resolve(
    check(
      'sandbox',
      'warn',
      `no sandbox backend exists for ${platform}; command tools are refused unless the host backend is enabled`,
      'run Oxios on Linux (bubblewrap) or macOS (Apple container)',
    ),
  );
}
