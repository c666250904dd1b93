import { createAppleBackend } from '@oxios/container-apple';
import { createBwrapBackend } from '@oxios/container-bwrap';
import {
  describeProbe,
  selectContainerBackend,
  type BackendProbe,
  type Environment,
  type OxiosConfig,
} from '@oxios/kernel';
import { check, type Check } from './check.js';

/** The sandbox check and, when a backend could be built, its probe (for `--json`). */
export interface SandboxReport {
  readonly check: Check;
  readonly sandbox: { readonly setting: string; readonly probe: BackendProbe } | null;
}

const INSTALL: Readonly<Record<string, string>> = {
  bwrap:
    'install bubblewrap: `apt install bubblewrap` (Debian, Ubuntu), `dnf install bubblewrap` (Fedora), `pacman -S bubblewrap` (Arch); inside a container, allow unprivileged user namespaces',
  apple: "install Apple's container CLI (macOS 15+, Apple silicon), then `container system start`",
};

/**
 * Which sandbox backend `[container] backend` selects here and what it enforces, from the
 * backend's own probe. No usable sandbox is a warning (command tools are then refused); the host
 * backend selected without `allow_host` is a failure (the server would refuse to start).
 */
export async function checkSandbox(
  config: Pick<OxiosConfig, 'container' | 'home'>,
  env: Environment,
): Promise<SandboxReport> {
  const setting = config.container.backend;
  const label = `(container.backend = "${setting}")`;
  const selected = selectContainerBackend({
    config: config.container,
    factories: {
      apple: () => createAppleBackend(),
      // Tools are looked up on this shell's PATH, so doctor answers for what is installed here.
      bwrap: () => createBwrapBackend({ hide: [config.home], ...(env.PATH === undefined ? {} : { path: env.PATH }) }),
    },
  });
  if (selected.isErr()) {
    const error = selected.error;
    return error.code === 'invalid-argument'
      ? {
          check: check(
            'sandbox',
            'fail',
            `${error.message} ${label}`,
            'set container.allow_host = true, or container.backend = "auto"',
          ),
          sandbox: null,
        }
      : {
          check: check(
            'sandbox',
            'warn',
            `${error.message} ${label}`,
            'run Oxios on Linux (bubblewrap) or macOS (Apple container)',
          ),
          sandbox: null,
        };
  }
  const probe = await selected.value.probe();
  const [head = '', ...rest] = describeProbe(probe);
  const summary = `${head} ${label}`;
  const base = !probe.available
    ? check(
        'sandbox',
        'warn',
        `no sandbox: ${summary}; command tools are refused unless the host backend is enabled`,
        INSTALL[probe.backend],
      )
    : probe.isolation === 'none'
      ? check('sandbox', 'warn', `${summary}: agents' commands run without isolation`, 'set container.backend = "auto"')
      : check('sandbox', 'pass', summary);
  return {
    check: probe.available ? { ...base, details: rest.map((line) => line.trim()) } : base,
    sandbox: { setting, probe },
  };
}
