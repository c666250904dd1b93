import type { OxiosClient } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { itemPath } from '../../routing/sub-path.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { PersonaForm } from './persona-form.js';

/** Every persona, the global default marked; superusers create new ones. */
export function PersonaList({ client, manage }: { readonly client: OxiosClient; readonly manage: boolean }) {
  const personas = useLoad((signal) => client.personas.list(signal), []);
  useRefreshOn(['persona-default-changed'], personas.reload);
  const create = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Personas" />
      <p class="muted">A persona presets the system prompt, skills and model agents run with.</p>
      <div class="panel">
        {personas.state.status === 'loading' && <Loading />}
        {personas.state.status === 'error' && <ErrorNotice error={personas.state.error} onRetry={personas.reload} />}
        {personas.state.status === 'ok' &&
          (personas.state.data.items.length === 0 ? (
            <Empty>No personas.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Personas</caption>
                <thead>
                  <tr>
                    <th scope="col">Persona</th>
                    <th scope="col">Role</th>
                    <th scope="col">Skills</th>
                    <th scope="col">Model</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {personas.state.data.items.map((persona) => (
                    <tr key={persona.id}>
                      <td>
                        <Link href={itemPath('/personas', persona.id)}>{persona.name}</Link>{' '}
                        <span class="muted">{persona.id}</span>
                        {persona.id === (personas.state.status === 'ok' && personas.state.data.defaultId) && (
                          <>
                            {' '}
                            <StatusBadge status="ok" label="default" />
                          </>
                        )}
                      </td>
                      <td>{persona.role}</td>
                      <td>{persona.skills.join(', ') || '—'}</td>
                      <td>{persona.model ?? 'default'}</td>
                      <td>
                        <StatusBadge
                          status={persona.enabled ? 'ok' : 'stopped'}
                          label={persona.enabled ? 'enabled' : 'disabled'}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
      {manage && (
        <PersonaForm
          busy={create.busy}
          error={create.error}
          onSubmit={(values) => {
            create.run('Could not create the persona', client.personas.create(values), (persona) => {
              navigate(itemPath('/personas', persona.id));
            });
          }}
        />
      )}
    </section>
  );
}
