import type { Caller } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { authReducer, type AuthState } from './auth-state.js';

const caller: Caller = { tokenId: 't1', tokenName: 'admin', userName: 'admin', role: 'admin', subject: 'user:admin' };

describe('authReducer', () => {
  it('moves from checking to signed in, and back to the login screen with the reason', () => {
    let state: AuthState = { kind: 'checking' };
    state = authReducer(state, { type: 'signed-in', caller });
    expect(state).toEqual({ kind: 'signed-in', caller });
    state = authReducer(state, { type: 'signed-out', message: 'Your token was revoked.' });
    expect(state).toEqual({ kind: 'signed-out', message: 'Your token was revoked.' });
  });

  it('keeps the first reason when late 401s without one arrive', () => {
    const revoked: AuthState = { kind: 'signed-out', message: 'Your token was revoked.' };
    expect(authReducer(revoked, { type: 'signed-out' })).toBe(revoked);
  });

  it('reports an unreachable server and checks again on request', () => {
    const down = authReducer({ kind: 'checking' }, { type: 'unreachable', message: 'down' });
    expect(down).toEqual({ kind: 'unreachable', message: 'down' });
    expect(authReducer(down, { type: 'check' })).toEqual({ kind: 'checking' });
  });
});
