import type { Kernel, Logger, OxiosConfig, TokenService } from '@oxios/kernel';
import type { Registry } from 'prom-client';
import type { Messaging } from './messaging.js';
import type { WebSessions } from './security/web-sessions.js';

/** One readiness check: `ok`, and why not. */
export interface ReadinessCheck {
  readonly ok: boolean;
  readonly message?: string;
}

/** What the HTTP layer needs from the process that hosts it. */
export interface ServerDeps {
  readonly version: string;
  readonly logger: Logger;
  readonly config: OxiosConfig;
  /** The kernel this server hosts. */
  readonly kernel: Kernel;
  /** HTTP messages reach the orchestrator through the gateway's web channel. */
  readonly messaging: Messaging;
  /** Same as `kernel.tokens`. */
  readonly tokens: TokenService;
  /** Prometheus registry for this server (never the global default registry). */
  readonly metrics: Registry;
  readonly webSessions: WebSessions;
  /** Epoch ms when the server started. */
  readonly startedAt: number;
  /** Readiness checks by name (store open, sandbox probed, …). */
  readonly readiness: () => Record<string, ReadinessCheck>;
  /** Aborted when the server begins shutting down: long-lived streams end at once. */
  readonly shutdown: AbortSignal;
  /** Whether the listener speaks TLS (cookies get `Secure`, HSTS is sent). */
  readonly tls: boolean;
  /**
   * Folder of the built web dashboard served at `/`. Default: the `@oxios/web` package's build;
   * `null` serves no dashboard.
   */
  readonly dashboardRoot?: string | null;
}
