import type { KernelError, KernelErrorCode } from './kernel-error.js';

// A record keyed by every code: the compiler fails here when a code is added to the union
// without being listed, so the guard can never fall behind the type.
const CODE_TABLE = {
  'invalid-argument': true,
  'not-found': true,
  'already-exists': true,
  'invalid-state': true,
  'config-parse': true,
  'config-invalid': true,
  io: true,
  'permission-denied': true,
  unauthenticated: true,
  'path-denied': true,
  'approval-rejected': true,
  'approval-expired': true,
  timeout: true,
  aborted: true,
  unavailable: true,
  overloaded: true,
  'rate-limited': true,
  'store-locked': true,
  'store-schema-newer': true,
  store: true,
  'not-running': true,
  'system-not-running': true,
  backend: true,
  internal: true,
  'exec-denied': true,
  'exec-failed': true,
  'llm-not-configured': true,
  llm: true,
  'llm-timeout': true,
  'circuit-open': true,
  'llm-reply-invalid': true,
  'budget-exceeded': true,
  'content-invalid': true,
  'unsafe-content': true,
  'install-failed': true,
  mcp: true,
} as const satisfies Record<KernelErrorCode, true>;

/** Every KernelError code, for documentation and exhaustive tables. */
export const KERNEL_ERROR_CODES = Object.keys(CODE_TABLE) as readonly KernelErrorCode[];

/** True when `value` is a KernelError (an object with a known `code` and a string `message`). */
export function isKernelError(value: unknown): value is KernelError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.code === 'string' &&
    Object.hasOwn(CODE_TABLE, candidate.code) &&
    typeof candidate.message === 'string'
  );
}
