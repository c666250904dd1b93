import type { OxiosClient } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { ExecConsole } from './exec-console.js';

/** One container: its state and limits, start/stop/remove for superusers, and a console while it runs. */
export function ContainerDetail({
  client,
  name,
  manage,
}: {
  readonly client: OxiosClient;
  readonly name: string;
  readonly manage: boolean;
}) {
  const container = useLoad((signal) => client.containers.get(name, signal), [name]);
  const action = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={`Container ${name}`}>
        <Link href="/containers">All containers</Link>
      </PageHeader>
      {action.error !== undefined && <ErrorNotice error={action.error} />}
      {container.state.status === 'loading' && <Loading />}
      {container.state.status === 'error' && <ErrorNotice error={container.state.error} onRetry={container.reload} />}
      {container.state.status === 'ok' && (
        <>
          <div class="panel">
            <dl class="facts">
              <dt>State</dt>
              <dd data-testid="container-state">
                <StatusBadge status={container.state.data.status} />
              </dd>
              <dt>Backend</dt>
              <dd>{container.state.data.backend}</dd>
              <dt>Image</dt>
              <dd>{container.state.data.image || '—'}</dd>
              <dt>Network</dt>
              <dd>{container.state.data.network ? 'on' : 'off'}</dd>
              <dt>Limits</dt>
              <dd>
                {Object.entries(container.state.data.limits)
                  .map(([key, value]) => `${key} ${String(value)}`)
                  .join(', ') || 'none'}
              </dd>
              <dt>Variables</dt>
              <dd>{container.state.data.envNames.join(', ') || 'none'}</dd>
              <dt>Created</dt>
              <dd>
                {formatTime(container.state.data.createdAt)} by {container.state.data.createdBy}
              </dd>
            </dl>
            {manage && (
              <div class="row">
                {container.state.data.status === 'running' ? (
                  <button
                    type="button"
                    class="button"
                    disabled={action.busy}
                    onClick={() => {
                      action.run(`Could not stop ${name}`, client.containers.stop(name), container.reload);
                    }}
                  >
                    Stop
                  </button>
                ) : (
                  <button
                    type="button"
                    class="button"
                    disabled={action.busy}
                    onClick={() => {
                      action.run(`Could not start ${name}`, client.containers.start(name), container.reload);
                    }}
                  >
                    Start
                  </button>
                )}
                <ConfirmButton
                  label="Remove"
                  question={`Remove ${name} and its workspace?`}
                  confirmLabel={`Remove ${name}`}
                  disabled={action.busy}
                  onConfirm={() => {
                    action.run(`Could not remove ${name}`, client.containers.remove(name), () => {
                      navigate('/containers');
                    });
                  }}
                />
              </div>
            )}
          </div>
          {container.state.data.status === 'running' ? (
            <ExecConsole client={client} name={name} />
          ) : (
            <p class="notice notice-info">Start the container to run commands in it.</p>
          )}
        </>
      )}
    </section>
  );
}
