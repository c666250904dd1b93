import type { Caller } from '@oxios/sdk-client';

/** Where the dashboard's login stands. */
export type AuthState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out'; readonly message?: string }
  | { readonly kind: 'signed-in'; readonly caller: Caller }
  | { readonly kind: 'unreachable'; readonly message: string };

/** What can happen to it. */
export type AuthAction =
  | { readonly type: 'check' }
  | { readonly type: 'signed-in'; readonly caller: Caller }
  | { readonly type: 'signed-out'; readonly message?: string }
  | { readonly type: 'unreachable'; readonly message: string };

/**
 * The login state machine. A sign-out with a message (token revoked, session expired) keeps its
 * message when further 401s arrive from requests that were already in flight.
 */
export function authReducer(state: AuthState, action: AuthAction): AuthState {
  switch (action.type) {
    case 'check':
      return { kind: 'checking' };
    case 'signed-in':
      return { kind: 'signed-in', caller: action.caller };
    case 'signed-out':
      if (state.kind === 'signed-out' && state.message !== undefined && action.message === undefined) return state;
      return action.message === undefined ? { kind: 'signed-out' } : { kind: 'signed-out', message: action.message };
    case 'unreachable':
      return { kind: 'unreachable', message: action.message };
  }
}
