import type { ComponentChildren } from 'preact';
import type { OxiosClient, ProgramDetail } from '@oxios/sdk-client';
import { useAction } from '../../api/use-action.js';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { navigate } from '../../routing/location.js';
import { Link } from '../../routing/link.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatTime } from '../../ui/format-time.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { describeSource } from './describe-source.js';

/** One program: its tools with their argv templates, host requirements, MCP servers and skill text. */
export function ProgramDetailView({
  client,
  name,
  manage,
}: {
  readonly client: OxiosClient;
  readonly name: string;
  readonly manage: boolean;
}) {
  const program = useLoad((signal) => client.programs.get(name, signal), [name]);
  useRefreshOn(['program-toggled'], program.reload);
  const action = useAction();
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={`Program ${name}`}>
        <Link href="/programs">All programs</Link>
      </PageHeader>
      {action.error !== undefined && <ErrorNotice error={action.error} />}
      {program.state.status === 'loading' && <Loading />}
      {program.state.status === 'error' && <ErrorNotice error={program.state.error} onRetry={program.reload} />}
      {program.state.status === 'ok' && (
        <ProgramFacts
          program={program.state.data}
          actions={
            manage && (
              <div class="row">
                <button
                  type="button"
                  class="button"
                  disabled={action.busy}
                  onClick={() => {
                    const data = program.state.status === 'ok' ? program.state.data : undefined;
                    if (data === undefined) return;
                    const call = data.enabled ? client.programs.disable(name) : client.programs.enable(name);
                    action.run(`Could not change ${name}`, call, program.reload);
                  }}
                >
                  {program.state.data.enabled ? 'Disable' : 'Enable'}
                </button>
                <ConfirmButton
                  label="Uninstall"
                  question={`Uninstall ${name} and delete its folder?`}
                  confirmLabel={`Uninstall ${name}`}
                  disabled={action.busy}
                  onConfirm={() => {
                    action.run(`Could not uninstall ${name}`, client.programs.uninstall(name), () => {
                      navigate('/programs');
                    });
                  }}
                />
              </div>
            )
          }
        />
      )}
    </section>
  );
}

function ProgramFacts({ program, actions }: { readonly program: ProgramDetail; readonly actions: ComponentChildren }) {
  return (
    <>
      <div class="panel">
        <p>{program.description}</p>
        <dl class="facts">
          <dt>State</dt>
          <dd>
            <StatusBadge status={program.enabled ? 'ok' : 'stopped'} label={program.enabled ? 'enabled' : 'disabled'} />
          </dd>
          <dt>Version</dt>
          <dd>{program.version}</dd>
          <dt>Author</dt>
          <dd>{program.author}</dd>
          <dt>Source</dt>
          <dd>{describeSource(program.source)}</dd>
          <dt>Installed</dt>
          <dd>{formatTime(program.installedAt)}</dd>
          <dt>Host commands</dt>
          <dd>
            {program.hostRequirements.required.join(', ') || 'none required'}
            {program.hostRequirements.optional.length > 0 &&
              ` (optional: ${program.hostRequirements.optional.join(', ')})`}
          </dd>
          <dt>MCP servers</dt>
          <dd>{program.mcpServers.join(', ') || 'none'}</dd>
        </dl>
        {actions}
      </div>
      <section class="panel" aria-labelledby="program-tools-title">
        <h2 id="program-tools-title" class="panel-title">
          Tools
        </h2>
        {program.toolDefinitions.length === 0 ? (
          <p class="empty">This program brings no tools.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Tools of {program.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Tool</th>
                  <th scope="col">Description</th>
                  <th scope="col">Command</th>
                  <th scope="col">Arguments</th>
                  <th scope="col">Timeout</th>
                </tr>
              </thead>
              <tbody>
                {program.toolDefinitions.map((tool) => (
                  <tr key={tool.name}>
                    <td>
                      <code>{tool.name}</code>
                    </td>
                    <td>{tool.description}</td>
                    <td>
                      <code>{tool.command.join(' ')}</code>
                    </td>
                    <td>
                      {tool.arguments.map((argument) => (
                        <span key={argument.name} title={argument.description}>
                          <code>{argument.name}</code>
                          <span class="muted">
                            {' '}
                            {argument.type}
                            {argument.required ? '' : ', optional'}
                          </span>{' '}
                        </span>
                      ))}
                    </td>
                    <td>{tool.timeoutSecs === null ? 'default' : `${tool.timeoutSecs} s`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="program-skill-title">
        <h2 id="program-skill-title" class="panel-title">
          Skill
        </h2>
        {program.skill === '' ? <p class="empty">No SKILL.md.</p> : <pre class="console-output">{program.skill}</pre>}
      </section>
    </>
  );
}
