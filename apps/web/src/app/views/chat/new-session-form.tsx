import type { OxiosClient, Session } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';

/** Starts a session, with an optional title. */
export function NewSessionForm({
  client,
  onCreated,
}: {
  readonly client: OxiosClient;
  readonly onCreated: (session: Session) => void;
}) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        const trimmed = title.trim();
        void client.sessions.create(trimmed === '' ? {} : { title: trimmed }).match(
          (session) => {
            setBusy(false);
            setTitle('');
            onCreated(session);
          },
          (failure) => {
            setBusy(false);
            setError(describeError(failure));
          },
        );
      }}
    >
      <label for="new-session-title">New session title (optional)</label>
      <div class="row">
        <input
          id="new-session-title"
          value={title}
          maxLength={200}
          placeholder="e.g. Release checklist"
          onInput={(event) => {
            setTitle(event.currentTarget.value);
          }}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          Start session
        </button>
      </div>
      {error !== undefined && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
