import { describe, expect, it } from 'vitest';
import { isUnauthenticated, signOutMessage, unauthenticatedReason } from './sign-out-reason.js';

describe('sign-out reasons', () => {
  it('reads the reason from the 401 details and explains revocation and expiry', () => {
    expect(unauthenticatedReason({ reason: 'revoked' })).toBe('revoked');
    expect(unauthenticatedReason('revoked')).toBeUndefined();
    expect(signOutMessage('revoked')).toMatch(/revoked/);
    expect(signOutMessage('expired')).toMatch(/expired/);
  });

  it('says nothing when the browser simply has no session yet', () => {
    expect(signOutMessage('missing')).toBeUndefined();
    expect(signOutMessage(undefined)).toBeUndefined();
  });

  it('treats only 401 answers as a lost session', () => {
    expect(isUnauthenticated({ code: 'http', status: 401, errorCode: 'unauthenticated', message: '' })).toBe(true);
    expect(isUnauthenticated({ code: 'http', status: 403, errorCode: 'permission-denied', message: '' })).toBe(false);
    expect(isUnauthenticated({ code: 'network', message: '', cause: null })).toBe(false);
  });
});
