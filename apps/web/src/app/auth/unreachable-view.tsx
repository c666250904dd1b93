/** Shown when the server cannot be reached at all: what happened, and a way to try again. */
export function UnreachableView({ message, onRetry }: { readonly message: string; readonly onRetry: () => void }) {
  return (
    <main class="login" id="main">
      <div class="login-card" role="alert">
        <h1>Oxios is not reachable</h1>
        <p>{message}</p>
        <p class="muted">
          Start it with <code>npm start</code> (or <code>oxios-server</code>), then try again.
        </p>
        <button type="button" class="button button-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
