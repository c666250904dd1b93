import { useEffect, useRef, useState } from 'preact/hooks';

/** The login screen: paste a token (or follow the one-time link `npm start` prints). */
export function LoginView({
  message,
  onLogin,
}: {
  readonly message: string | undefined;
  readonly onLogin: (token: string) => Promise<string | undefined>;
}) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Focus the field on arrival (also after a sign-out, when `autofocus` would not apply again).
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
  }, []);
  return (
    <main class="login" id="main">
      <div class="login-card">
        <h1>Oxios</h1>
        <p class="muted">Log in to the dashboard.</p>
        {message !== undefined && (
          <p class="notice notice-info" role="status">
            {message}
          </p>
        )}
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim() === '') return;
            setBusy(true);
            setError(undefined);
            void onLogin(token.trim()).then((failure) => {
              setBusy(false);
              setError(failure);
              if (failure === undefined) setToken('');
            });
          }}
        >
          <label for="login-token">API token</label>
          <input
            id="login-token"
            type="password"
            autoComplete="off"
            spellcheck={false}
            required
            ref={field}
            value={token}
            aria-describedby={error === undefined ? 'login-help' : 'login-error'}
            onInput={(event) => {
              setToken(event.currentTarget.value);
            }}
          />
          {error !== undefined && (
            <p id="login-error" class="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? 'Logging in…' : 'Log in'}
          </button>
        </form>
        <p id="login-help" class="hint">
          The token starts with <code>oxs_</code>. The first start of the server prints an admin token and saves it to{' '}
          <code>$OXIOS_HOME/admin.token</code>; every start prints a one-time dashboard link.
        </p>
      </div>
    </main>
  );
}
