import type { CreatedToken, OxiosClient, Role } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';

/** Creates a token; the caller shows its secret once. */
export function CreateTokenForm({
  client,
  onCreated,
}: {
  readonly client: OxiosClient;
  readonly onCreated: (created: CreatedToken) => void;
}) {
  const [name, setName] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<Role>('user');
  const [days, setDays] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="panel filters"
      aria-labelledby="create-token-title"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(undefined);
        void client.tokens
          .create({
            name: name.trim(),
            role,
            ...(userName.trim() === '' ? {} : { userName: userName.trim() }),
            ...(days.trim() === '' ? {} : { expiresInDays: Number(days) }),
          })
          .match(
            (created) => {
              setBusy(false);
              setName('');
              setUserName('');
              setDays('');
              onCreated(created);
            },
            (failure) => {
              setBusy(false);
              setError(describeError(failure));
            },
          );
      }}
    >
      <h2 id="create-token-title" class="form-title">
        New token
      </h2>
      <div class="field">
        <label for="token-name">Name</label>
        <input
          id="token-name"
          required
          maxLength={64}
          value={name}
          onInput={(event) => {
            setName(event.currentTarget.value);
          }}
        />
      </div>
      <div class="field">
        <label for="token-user">User (optional)</label>
        <input
          id="token-user"
          maxLength={64}
          placeholder="from the name"
          value={userName}
          onInput={(event) => {
            setUserName(event.currentTarget.value);
          }}
        />
      </div>
      <div class="field">
        <label for="token-role">Role</label>
        <select
          id="token-role"
          value={role}
          onChange={(event) => {
            setRole(event.currentTarget.value as Role);
          }}
        >
          <option value="user">user</option>
          <option value="superuser">superuser</option>
          <option value="admin">admin</option>
        </select>
      </div>
      <div class="field">
        <label for="token-days">Expires in days (optional)</label>
        <input
          id="token-days"
          type="number"
          min={1}
          max={3650}
          value={days}
          onInput={(event) => {
            setDays(event.currentTarget.value);
          }}
        />
      </div>
      <div class="row field-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          Create token
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
