import type { OxiosClient } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { PersonaForm } from './persona-form.js';

/** One persona: what it is; superusers edit it, make it the default or delete it. */
export function PersonaDetail({
  client,
  id,
  manage,
}: {
  readonly client: OxiosClient;
  readonly id: string;
  readonly manage: boolean;
}) {
  const loaded = useLoad(
    (signal) =>
      client.personas
        .get(id, signal)
        .andThen((persona) =>
          client.personas.list(signal).map((list) => ({ persona, isDefault: list.defaultId === id })),
        ),
    [id],
  );
  const save = useAction();
  const act = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={`Persona ${id}`}>
        <Link href="/personas">All personas</Link>
      </PageHeader>
      {loaded.state.status === 'loading' && <Loading />}
      {loaded.state.status === 'error' && <ErrorNotice error={loaded.state.error} onRetry={loaded.reload} />}
      {loaded.state.status === 'ok' && (
        <>
          <div class="panel">
            <p>
              <strong>{loaded.state.data.persona.name}</strong>, {loaded.state.data.persona.role}
              {loaded.state.data.isDefault && (
                <>
                  {' '}
                  <StatusBadge status="ok" label="default" />
                </>
              )}
            </p>
            <p>{loaded.state.data.persona.description}</p>
            <dl class="facts">
              <dt>Traits</dt>
              <dd>{loaded.state.data.persona.traits.join(', ') || 'none'}</dd>
              <dt>Skills</dt>
              <dd>{loaded.state.data.persona.skills.join(', ') || 'none'}</dd>
              <dt>Model</dt>
              <dd>{loaded.state.data.persona.model ?? 'the default model'}</dd>
            </dl>
            <pre class="console-output">{loaded.state.data.persona.systemPrompt}</pre>
            {manage && !loaded.state.data.isDefault && (
              <div class="row">
                <button
                  type="button"
                  class="button"
                  disabled={act.busy}
                  onClick={() => {
                    act.run('Could not make it the default', client.personas.setDefault(id), loaded.reload);
                  }}
                >
                  Make default
                </button>
                <ConfirmButton
                  label="Delete persona"
                  question={`Delete the persona ${id}?`}
                  confirmLabel={`Delete ${id}`}
                  disabled={act.busy}
                  onConfirm={() => {
                    act.run(`Could not delete ${id}`, client.personas.remove(id), () => {
                      navigate('/personas');
                    });
                  }}
                />
              </div>
            )}
            {act.error !== undefined && <ErrorNotice error={act.error} />}
          </div>
          {manage && (
            <PersonaForm
              key={JSON.stringify(loaded.state.data.persona)}
              persona={loaded.state.data.persona}
              busy={save.busy}
              error={save.error}
              onSubmit={({ id: _id, ...changes }) => {
                save.run('Could not save the persona', client.personas.update(id, changes), loaded.reload);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
