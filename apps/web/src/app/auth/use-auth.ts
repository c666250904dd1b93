import { documentCsrfToken, type ClientError } from '@oxios/sdk-client';
import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import { createBrowserClient, type BrowserClient } from '../api/browser-client.js';
import { describeError } from '../api/describe-error.js';
import { signOutMessage } from '../api/sign-out-reason.js';
import { authReducer, type AuthState } from './auth-state.js';
import { loginCodeFrom } from './login-code.js';

/** The login state and what can be done with it. */
export interface Auth {
  readonly state: AuthState;
  readonly browser: BrowserClient;
  /** Logs in with a pasted token; resolves with an error message, or undefined on success. */
  readonly loginWithToken: (token: string) => Promise<string | undefined>;
  readonly logout: () => void;
  /** Checks the session again (after the server was unreachable). */
  readonly retry: () => void;
}

const unreachable = (error: ClientError) => error.code === 'network' || error.code === 'timeout';

/**
 * Owns the dashboard's login: redeems a one-time `#login=` code (and removes it from the address
 * bar), else resumes an existing session cookie, else shows the login screen. Any 401 later
 * returns to the login screen with the server's reason.
 */
export function useAuth(): Auth {
  const [state, dispatch] = useReducer(authReducer, { kind: 'checking' });
  const browser = useMemo(
    () =>
      createBrowserClient({
        onUnauthenticated: (reason) => {
          const message = signOutMessage(reason);
          dispatch(message === undefined ? { type: 'signed-out' } : { type: 'signed-out', message });
        },
      }),
    [],
  );
  const { client } = browser;
  const fail = useCallback((error: ClientError, message: string) => {
    if (unreachable(error)) dispatch({ type: 'unreachable', message: describeError(error) });
    else if (error.code !== 'http' || error.status !== 401)
      dispatch({ type: 'signed-out', message: describeError(error) });
    else dispatch({ type: 'signed-out', message });
  }, []);
  const check = useCallback(() => {
    dispatch({ type: 'check' });
    const code = loginCodeFrom(window.location.hash);
    if (code !== undefined) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      void client.auth.login({ code }).match(
        (login) => {
          dispatch({ type: 'signed-in', caller: login.caller });
        },
        (error) => {
          fail(error, 'This login link was already used or has expired. Paste a token instead.');
        },
      );
      return;
    }
    if (documentCsrfToken() === undefined) {
      dispatch({ type: 'signed-out' });
      return;
    }
    void client.auth.me().match(
      (caller) => {
        dispatch({ type: 'signed-in', caller });
      },
      (error) => {
        fail(error, 'Your session has ended. Please log in again.');
      },
    );
  }, [client, fail]);
  useEffect(check, [check]);
  return {
    state,
    browser,
    loginWithToken: (token) =>
      client.auth.login({ token }).match(
        (login) => {
          dispatch({ type: 'signed-in', caller: login.caller });
          return undefined;
        },
        (error) => {
          if (unreachable(error)) return describeError(error);
          return error.code === 'http' && error.status === 401
            ? 'That token was not accepted: it is unknown, revoked or expired.'
            : describeError(error);
        },
      ),
    logout: () => {
      void client.auth.logout().match(
        () => {
          dispatch({ type: 'signed-out', message: 'You have logged out.' });
        },
        () => {
          dispatch({ type: 'signed-out', message: 'You have logged out.' });
        },
      );
    },
    retry: check,
  };
}
