import type { KernelErrorCode } from '@oxios/kernel';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The single map from kernel error codes to HTTP statuses. `satisfies` makes the compiler
 * reject this file when a code is added to KernelError without a status here.
 */
export const STATUS_BY_CODE = {
  'invalid-argument': 400,
  'config-parse': 400,
  'config-invalid': 400,
  'not-found': 404,
  'already-exists': 409,
  'invalid-state': 409,
  'permission-denied': 403,
  unauthenticated: 401,
  'path-denied': 403,
  'approval-rejected': 403,
  'approval-expired': 403,
  timeout: 504,
  aborted: 409,
  unavailable: 503,
  overloaded: 503,
  'rate-limited': 429,
  'store-locked': 503,
  'store-schema-newer': 500,
  store: 500,
  io: 500,
  'not-running': 409,
  'system-not-running': 503,
  backend: 502,
  internal: 500,
  'exec-denied': 403,
  'exec-failed': 500,
  'llm-not-configured': 503,
  llm: 502,
  'llm-timeout': 504,
  'circuit-open': 503,
  'llm-reply-invalid': 502,
  'budget-exceeded': 429,
  'content-invalid': 422,
  'unsafe-content': 403,
  'install-failed': 502,
  mcp: 502,
} as const satisfies Record<KernelErrorCode, ContentfulStatusCode>;
