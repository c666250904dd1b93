import type { OxiosClient } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { SkillForm } from './skill-form.js';

/** One skill: what it says and needs; superusers edit or delete it. */
export function SkillDetail({
  client,
  name,
  manage,
}: {
  readonly client: OxiosClient;
  readonly name: string;
  readonly manage: boolean;
}) {
  const skill = useLoad((signal) => client.skills.get(name, signal), [name]);
  const save = useAction();
  const remove = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={`Skill ${name}`}>
        <Link href="/skills">All skills</Link>
      </PageHeader>
      {skill.state.status === 'loading' && <Loading />}
      {skill.state.status === 'error' && <ErrorNotice error={skill.state.error} onRetry={skill.reload} />}
      {skill.state.status === 'ok' && (
        <>
          <div class="panel">
            <p data-testid="skill-description">{skill.state.data.description}</p>
            <dl class="facts">
              <dt>Host commands</dt>
              <dd>{skill.state.data.requirements.host_tools.join(', ') || 'none'}</dd>
              <dt>Agent tools</dt>
              <dd>{skill.state.data.requirements.tools.join(', ') || 'none'}</dd>
            </dl>
            <pre class="console-output">{skill.state.data.body}</pre>
            {manage && (
              <ConfirmButton
                label="Delete skill"
                question={`Delete the skill ${name}?`}
                confirmLabel={`Delete ${name}`}
                disabled={remove.busy}
                onConfirm={() => {
                  remove.run(`Could not delete ${name}`, client.skills.remove(name), () => {
                    navigate('/skills');
                  });
                }}
              />
            )}
            {remove.error !== undefined && <ErrorNotice error={remove.error} />}
          </div>
          {manage && (
            <SkillForm
              key={JSON.stringify(skill.state.data)}
              skill={skill.state.data}
              busy={save.busy}
              error={save.error}
              onSubmit={({ description, body, requirements }) => {
                save.run(
                  'Could not save the skill',
                  client.skills.update(name, { description, body, requirements }),
                  skill.reload,
                );
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
