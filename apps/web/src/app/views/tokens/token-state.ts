import type { Token } from '@oxios/sdk-client';

/** Whether a token still works: `active`, `revoked` or `expired` (at `now`). */
export function tokenState(token: Token, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
