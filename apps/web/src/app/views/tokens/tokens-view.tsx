import type { CreatedToken, Token } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';
import { useLoad } from '../../api/use-load.js';
import type { ViewProps } from '../../shell/view-props.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { CreateTokenForm } from './create-token-form.js';
import { NewTokenSecret } from './new-token-secret.js';
import { tokenState } from './token-state.js';

/** API tokens (admin): list, create (secret shown once), revoke. Revoking your own logs you out. */
export function TokensView({ client, caller }: ViewProps) {
  const tokens = useLoad((signal) => client.tokens.list(signal), []);
  const [created, setCreated] = useState<CreatedToken>();
  const [error, setError] = useState<string>();
  const revoke = (token: Token) => {
    setError(undefined);
    // Revoking the token of this very session ends it: the reload then answers 401 and the app
    // returns to the login screen with the reason.
    void client.tokens.revoke(token.id).match(tokens.reload, (failure) => {
      setError(`Could not revoke ${token.name}: ${describeError(failure)}`);
    });
  };
  const now = Date.now();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="API tokens" />
      {created !== undefined && (
        <NewTokenSecret
          created={created}
          onDismiss={() => {
            setCreated(undefined);
          }}
        />
      )}
      <CreateTokenForm
        client={client}
        onCreated={(next) => {
          setCreated(next);
          tokens.reload();
        }}
      />
      {error !== undefined && <ErrorNotice error={error} />}
      <div class="panel">
        {tokens.state.status === 'loading' && <Loading />}
        {tokens.state.status === 'error' && <ErrorNotice error={tokens.state.error} onRetry={tokens.reload} />}
        {tokens.state.status === 'ok' && (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">State</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {tokens.state.data.items.map((token) => {
                  const state = tokenState(token, now);
                  const mine = token.id === caller.tokenId;
                  return (
                    <tr key={token.id}>
                      <td>
                        {token.name}
                        {mine && <span class="muted"> (this session)</span>}
                      </td>
                      <td>{token.userName}</td>
                      <td>{token.role}</td>
                      <td>
                        <StatusBadge status={state === 'active' ? 'ok' : state} label={state} />
                      </td>
                      <td>{formatTime(token.createdAt)}</td>
                      <td>{formatTime(token.lastUsedAt)}</td>
                      <td>{token.expiresAt === null ? 'never' : formatTime(token.expiresAt)}</td>
                      <td>
                        {state !== 'revoked' && (
                          <ConfirmButton
                            label="Revoke"
                            question={
                              mine
                                ? 'Revoke the token this session uses? You will be logged out.'
                                : `Revoke ${token.name}?`
                            }
                            confirmLabel={`Revoke ${token.name}`}
                            onConfirm={() => {
                              revoke(token);
                            }}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
