import type { OuroborosError, OuroborosErrorCode } from './ouroboros-error.js';

// A record keyed by every code: the compiler fails here when a code is added to the union
// without being listed, so the guard can never fall behind the type.
const CODE_TABLE = {
  'invalid-input': true,
  'invalid-seed': true,
  'invalid-event': true,
  'gate-closed': true,
  'generation-cap': true,
  'insufficient-votes': true,
  'llm-failed': true,
  'llm-reply-invalid': true,
  timeout: true,
  aborted: true,
} as const satisfies Record<OuroborosErrorCode, true>;

/** Every OuroborosError code, for documentation and exhaustive tables. */
export const OUROBOROS_ERROR_CODES = Object.keys(CODE_TABLE) as readonly OuroborosErrorCode[];

/** True when `value` is an OuroborosError (an object with a known `code` and a string `message`). */
export function isOuroborosError(value: unknown): value is OuroborosError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.code === 'string' &&
    Object.hasOwn(CODE_TABLE, candidate.code) &&
    typeof candidate.message === 'string'
  );
}
