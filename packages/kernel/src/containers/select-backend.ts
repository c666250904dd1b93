import { err, ok, type Result } from 'neverthrow';
import { invalidArgument, unavailable } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { ContainerSection } from '../config/sections/container.js';
import type { Logger } from '../logger/logger.js';
import type { ContainerBackend } from './container-backend.js';
import { createHostBackend } from './host-backend.js';

/** Builds a backend; the composition root passes the ones it has installed. */
export type BackendFactory = () => ContainerBackend;

/** Options of {@link selectContainerBackend}. */
export interface SelectBackendOptions {
  /** The `[container]` section (`backend`, `allow_host`). */
  readonly config: Pick<ContainerSection, 'backend' | 'allow_host'>;
  /** `@oxios/container-apple` and `@oxios/container-bwrap` factories, when installed. */
  readonly factories: { readonly apple?: BackendFactory; readonly bwrap?: BackendFactory };
  /** Default: `process.platform`. */
  readonly platform?: NodeJS.Platform;
  readonly logger?: Logger;
}

const HOST_HINT = 'set container.backend = "host" and container.allow_host = true to run commands without isolation';

/**
 * Picks the backend `container.backend` names. `auto` means `apple` on macOS and `bwrap` on Linux;
 * it never falls back to `host`. `host` is refused unless `container.allow_host` is true.
 */
export function selectContainerBackend(options: SelectBackendOptions): Result<ContainerBackend, KernelError> {
  const platform = options.platform ?? process.platform;
  const { backend, allow_host: allowHost } = options.config;
  if (backend === 'host') {
    if (!allowHost) {
      return err(
        invalidArgument(
          'container.backend',
          'the host backend runs commands without any isolation; set container.allow_host = true to opt in',
        ),
      );
    }
    return ok(createHostBackend({ allowHost: true, ...(options.logger ? { logger: options.logger } : {}) }));
  }
  const kind = backend === 'auto' ? autoKind(platform) : backend;
  if (kind === undefined) {
    return err(unavailable('container', `no sandbox backend exists for ${platform}; ${HOST_HINT}`));
  }
  const factory = options.factories[kind];
  if (!factory) {
    const packageName = `@oxios/container-${kind}`;
    return err(unavailable('container', `the ${kind} backend needs ${packageName}, which is not installed`));
  }
  return ok(factory());
}

function autoKind(platform: NodeJS.Platform): 'apple' | 'bwrap' | undefined {
  if (platform === 'darwin') return 'apple';
  if (platform === 'linux') return 'bwrap';
  return undefined;
}
