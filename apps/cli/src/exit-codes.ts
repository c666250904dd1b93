import type { KernelErrorCode } from '@oxios/kernel';

/** Process exit codes of `oxios` (documented in the README). */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  conflict: 5,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for each kernel error; the compiler insists every code is listed. */
export const EXIT_BY_CODE = {
  'invalid-argument': EXIT.usage,
  'config-parse': EXIT.usage,
  'config-invalid': EXIT.usage,
  'not-found': EXIT.notFound,
  'already-exists': EXIT.conflict,
  'invalid-state': EXIT.conflict,
  'permission-denied': EXIT.auth,
  unauthenticated: EXIT.auth,
  'path-denied': EXIT.auth,
  'approval-rejected': EXIT.auth,
  'approval-expired': EXIT.auth,
  timeout: EXIT.failure,
  aborted: EXIT.interrupted,
  unavailable: EXIT.failure,
  overloaded: EXIT.failure,
  'rate-limited': EXIT.failure,
  'store-locked': EXIT.conflict,
  'store-schema-newer': EXIT.failure,
  store: EXIT.failure,
  io: EXIT.failure,
  'not-running': EXIT.conflict,
  'system-not-running': EXIT.failure,
  backend: EXIT.failure,
  internal: EXIT.failure,
  'exec-denied': EXIT.auth,
  'exec-failed': EXIT.failure,
  'llm-not-configured': EXIT.usage,
  llm: EXIT.failure,
  'llm-timeout': EXIT.failure,
  'circuit-open': EXIT.failure,
  'llm-reply-invalid': EXIT.failure,
  'budget-exceeded': EXIT.failure,
  'content-invalid': EXIT.usage,
  'unsafe-content': EXIT.auth,
  'install-failed': EXIT.failure,
  mcp: EXIT.failure,
} as const satisfies Record<KernelErrorCode, ExitCode>;
