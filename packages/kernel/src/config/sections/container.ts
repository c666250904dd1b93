import type { z } from 'zod';
import { booleanField, enumField, integerField, stringField, tableField } from '../fields.js';

/** Values of `container.backend`. `auto` picks `apple` on macOS and `bwrap` on Linux, never `host`. */
export const CONTAINER_BACKEND_SETTINGS = ['auto', 'apple', 'bwrap', 'host'] as const;

/** The `container.image` value that means "the backend's own default image". */
export const DEFAULT_IMAGE_SETTING = 'default';

/**
 * `[container]` — where agent commands run. Sandboxes are on by default; the `host` backend (no
 * isolation at all) is only accepted together with `allow_host = true`.
 */
export const ContainerSectionSchema = tableField({
  /** `auto`, `apple` (macOS `container`), `bwrap` (Linux bubblewrap) or `host` (no isolation). */
  backend: enumField(CONTAINER_BACKEND_SETTINGS).default('auto'),
  /** Explicit opt-in to the host backend, which runs commands as plain host processes. */
  allow_host: booleanField().default(false),
  /** Image new containers start from; `default` lets the backend choose. */
  image: stringField({ pattern: /^[^\s]+$/, description: 'image reference without spaces' }).default(
    DEFAULT_IMAGE_SETTING,
  ),
  /** CPUs per container. */
  cpus: integerField({ min: 1, max: 256 }).default(2),
  /** Memory per container, MiB. */
  memory_mb: integerField({ min: 64, max: 1_048_576 }).default(2048),
  /** Processes (and threads) per container. */
  pids: integerField({ min: 8, max: 4_194_304 }).default(512),
  /** Largest file a command may write, MiB. */
  file_size_mb: integerField({ min: 1, max: 1_048_576 }).default(1024),
  /** Open files per process. */
  open_files: integerField({ min: 16, max: 1_048_576 }).default(1024),
  /** CPU time per process, seconds. */
  cpu_seconds: integerField({ min: 1, max: 86_400 }).default(600),
  /** Virtual address space per process, MiB; 0 sets no limit (JIT runtimes reserve a lot). */
  address_space_mb: integerField({ min: 0, max: 1_048_576 }).default(0),
  /** Whether new containers get network access (each exec then also needs the network permission). */
  network: booleanField().default(false),
  /** Wall-clock limit of one command, seconds; the sandbox is killed when it is exceeded. */
  exec_timeout_secs: integerField({ min: 1, max: 86_400 }).default(300),
  /** Output kept per stream of one command, bytes; the rest is dropped and the result marked truncated. */
  max_output_bytes: integerField({ min: 1024, max: 1_073_741_824 }).default(1_048_576),
})
  .refine((section) => section.backend !== 'host' || section.allow_host, {
    path: ['backend'],
    message: 'the host backend runs commands without any isolation; set container.allow_host = true to opt in',
  })
  .prefault({});

/** The validated `[container]` section. */
export type ContainerSection = z.infer<typeof ContainerSectionSchema>;
