import type { Logger, OxiosConfig, TokenService } from '@oxios/kernel';
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
  readonly tokens: TokenService;
  readonly webSessions: WebSessions;
  /** Epoch ms when the server started. */
  readonly startedAt: number;
  /** Readiness checks by name (store open, sandbox probed, …). */
  readonly readiness: () => Record<string, ReadinessCheck>;
  /** Whether the listener speaks TLS (cookies get `Secure`, HSTS is sent). */
  readonly tls: boolean;
}
