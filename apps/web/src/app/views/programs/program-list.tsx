import type { OxiosClient, Program } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { Link } from '../../routing/link.js';
import { itemPath } from '../../routing/sub-path.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { describeSource } from './describe-source.js';
import { InstallProgramForm } from './install-program-form.js';

/** Installed programs with their state; superusers install, enable and disable them. */
export function ProgramList({ client, manage }: { readonly client: OxiosClient; readonly manage: boolean }) {
  const programs = useLoad((signal) => client.programs.list(signal), []);
  useRefreshOn(['program-installed', 'program-uninstalled', 'program-toggled'], programs.reload);
  const toggle = useAction();
  const flip = (program: Program) => {
    const call = program.enabled ? client.programs.disable(program.name) : client.programs.enable(program.name);
    toggle.run(`Could not ${program.enabled ? 'disable' : 'enable'} ${program.name}`, call, programs.reload);
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Programs" />
      <p class="muted">
        A program packages tools (argv templates, no shell) and a skill that tells agents how to use them.
      </p>
      {manage && <InstallProgramForm client={client} onInstalled={programs.reload} />}
      <div class="panel">
        {toggle.error !== undefined && <ErrorNotice error={toggle.error} />}
        {programs.state.status === 'loading' && <Loading />}
        {programs.state.status === 'error' && <ErrorNotice error={programs.state.error} onRetry={programs.reload} />}
        {programs.state.status === 'ok' &&
          (programs.state.data.items.length === 0 ? (
            <Empty>No programs installed.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Installed programs</caption>
                <thead>
                  <tr>
                    <th scope="col">Program</th>
                    <th scope="col">Version</th>
                    <th scope="col">Description</th>
                    <th scope="col">Tools</th>
                    <th scope="col">Source</th>
                    <th scope="col">State</th>
                    {manage && <th scope="col">Actions</th>}
                  </tr>
                </thead>
                <tbody>
                  {programs.state.data.items.map((program) => (
                    <tr key={program.name}>
                      <td>
                        <Link href={itemPath('/programs', program.name)}>{program.name}</Link>
                      </td>
                      <td>{program.version}</td>
                      <td>{program.description}</td>
                      <td>{program.tools.join(', ') || '—'}</td>
                      <td>{describeSource(program.source)}</td>
                      <td>
                        <StatusBadge
                          status={program.enabled ? 'ok' : 'stopped'}
                          label={program.enabled ? 'enabled' : 'disabled'}
                        />
                      </td>
                      {manage && (
                        <td>
                          <button
                            type="button"
                            class="button"
                            disabled={toggle.busy}
                            onClick={() => {
                              flip(program);
                            }}
                          >
                            {program.enabled ? 'Disable' : 'Enable'}
                            <span class="visually-hidden"> {program.name}</span>
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
    </section>
  );
}
