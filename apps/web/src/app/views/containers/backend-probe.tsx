import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';

const ISOLATION: Record<string, string> = {
  vm: 'a virtual machine per container',
  namespace: 'Linux namespaces (a separate filesystem view, processes and optionally network)',
  none: 'none: commands run on the host',
};

/** A guarantee's value for people: yes/no for flags, the value otherwise. */
function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Splits `filesystemIsolation` into `filesystem isolation`. */
function describeKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** What the sandbox backend on the server's host enforces, as the server probed it. */
export function BackendProbe({ client }: { readonly client: OxiosClient }) {
  const probe = useLoad((signal) => client.containers.probe(signal), []);
  return (
    <section class="panel" aria-labelledby="probe-title">
      <h2 id="probe-title" class="panel-title">
        Sandbox backend
      </h2>
      {probe.state.status === 'loading' && <Loading />}
      {probe.state.status === 'error' && <ErrorNotice error={probe.state.error} onRetry={probe.reload} />}
      {probe.state.status === 'ok' && (
        <>
          <p>
            <strong>{probe.state.data.backend}</strong>
            {probe.state.data.version !== undefined && ` ${probe.state.data.version}`}{' '}
            <StatusBadge
              status={probe.state.data.available ? 'ok' : 'failed'}
              label={probe.state.data.available ? 'available' : 'unavailable'}
            />
            {probe.state.data.reason !== undefined && <span class="muted"> {probe.state.data.reason}</span>}
          </p>
          <dl class="facts" data-testid="backend-enforces">
            <dt>Isolation</dt>
            <dd>{ISOLATION[probe.state.data.isolation] ?? probe.state.data.isolation}</dd>
            {Object.entries(probe.state.data.enforces).map(([key, value]) => (
              <div key={key} class="facts-row">
                <dt>{describeKey(key)}</dt>
                <dd>{describeValue(value)}</dd>
              </div>
            ))}
          </dl>
          {probe.state.data.notes.length > 0 && (
            <ul class="plain-list">
              {probe.state.data.notes.map((note) => (
                <li key={note} class="hint">
                  {note}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
