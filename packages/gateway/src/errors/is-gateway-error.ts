import type { GatewayError, GatewayErrorCode } from './gateway-error.js';

// A record keyed by every code: the compiler fails here when a code is added to the union
// without being listed, so the guard can never fall behind the type.
const CODE_TABLE = {
  overloaded: true,
  timeout: true,
  aborted: true,
  stopped: true,
  'channel-not-found': true,
  'channel-exists': true,
  'channel-failed': true,
  'handler-failed': true,
  'invalid-message': true,
  'duplicate-request': true,
} as const satisfies Record<GatewayErrorCode, true>;

/** Every GatewayError code, for documentation, schemas and exhaustive tables. */
export const GATEWAY_ERROR_CODES = Object.keys(CODE_TABLE) as readonly GatewayErrorCode[];

/** True when `value` is a GatewayError (an object with a known `code` and a string `message`). */
export function isGatewayError(value: unknown): value is GatewayError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.code === 'string' &&
    Object.hasOwn(CODE_TABLE, candidate.code) &&
    typeof candidate.message === 'string'
  );
}
