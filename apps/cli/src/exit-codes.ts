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
  'path-denied': EXIT.auth,
  timeout: EXIT.failure,
  aborted: EXIT.interrupted,
  unavailable: EXIT.failure,
  'store-locked': EXIT.conflict,
  'store-schema-newer': EXIT.failure,
  store: EXIT.failure,
  io: EXIT.failure,
  'not-running': EXIT.conflict,
  'system-not-running': EXIT.failure,
  backend: EXIT.failure,
  internal: EXIT.failure,
} as const satisfies Record<KernelErrorCode, ExitCode>;
