import type { OxiosClient } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { itemPath } from '../../routing/sub-path.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { SkillForm } from './skill-form.js';

/** Every skill agents can load; superusers write new ones. */
export function SkillList({ client, manage }: { readonly client: OxiosClient; readonly manage: boolean }) {
  const skills = useLoad((signal) => client.skills.list(signal), []);
  const create = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Skills" />
      <p class="muted">A skill is reusable instructions (SKILL.md) added to an agent&apos;s system prompt.</p>
      <div class="panel">
        {skills.state.status === 'loading' && <Loading />}
        {skills.state.status === 'error' && <ErrorNotice error={skills.state.error} onRetry={skills.reload} />}
        {skills.state.status === 'ok' &&
          (skills.state.data.items.length === 0 ? (
            <Empty>No skills yet.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Skills</caption>
                <thead>
                  <tr>
                    <th scope="col">Skill</th>
                    <th scope="col">Description</th>
                    <th scope="col">Host commands</th>
                    <th scope="col">Tools</th>
                  </tr>
                </thead>
                <tbody>
                  {skills.state.data.items.map((skill) => (
                    <tr key={skill.name}>
                      <td>
                        <Link href={itemPath('/skills', skill.name)}>{skill.name}</Link>
                      </td>
                      <td>{skill.description}</td>
                      <td>{skill.requirements.host_tools.join(', ') || '—'}</td>
                      <td>{skill.requirements.tools.join(', ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
      {manage && (
        <SkillForm
          busy={create.busy}
          error={create.error}
          onSubmit={(values) => {
            create.run('Could not create the skill', client.skills.create(values), (skill) => {
              navigate(itemPath('/skills', skill.name));
            });
          }}
        />
      )}
    </section>
  );
}
