import type { InstallProgramRequest, OxiosClient, Program } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { useAction } from '../../api/use-action.js';
import { InfoNotice } from '../../ui/notices.js';
import { TextField } from '../../ui/text-field.js';
import { fileUrlOf } from './file-url.js';

type SourceKind = 'git' | 'tarball-url' | 'path';

const KINDS: readonly { kind: SourceKind; label: string }[] = [
  { kind: 'git', label: 'Git repository' },
  { kind: 'tarball-url', label: 'Tarball URL' },
  { kind: 'path', label: 'Folder on the server' },
];

/** Installs a program from a git repository (by URL, or a folder on the server's machine) or a tarball URL. */
export function InstallProgramForm({
  client,
  onInstalled,
}: {
  readonly client: OxiosClient;
  readonly onInstalled: () => void;
}) {
  const [kind, setKind] = useState<SourceKind>('git');
  const [url, setUrl] = useState('');
  const [ref, setRef] = useState('');
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string>();
  const [installed, setInstalled] = useState<Program>();
  const action = useAction();
  const request = (): InstallProgramRequest | undefined => {
    if (kind === 'git') return { kind, url: url.trim(), ...(ref.trim() === '' ? {} : { ref: ref.trim() }) };
    if (kind === 'tarball-url') return { kind, url: url.trim() };
    const fileUrl = fileUrlOf(path);
    return fileUrl === undefined
      ? undefined
      : { kind: 'git', url: fileUrl, ...(ref.trim() === '' ? {} : { ref: ref.trim() }) };
  };
  return (
    <form
      class="panel"
      aria-labelledby="install-program-title"
      onSubmit={(event) => {
        event.preventDefault();
        const body = request();
        if (body === undefined) {
          setProblem('Give the absolute path of the folder, without ".." (for example /srv/programs/parrot).');
          return;
        }
        setProblem(undefined);
        setInstalled(undefined);
        action.run('Could not install the program', client.programs.install(body), (program) => {
          setInstalled(program);
          setUrl('');
          setRef('');
          setPath('');
          onInstalled();
        });
      }}
    >
      <h2 id="install-program-title" class="form-title">
        Install a program
      </h2>
      <fieldset class="row">
        <legend>Source</legend>
        {KINDS.map((option) => (
          <label key={option.kind} class="checkbox">
            <input
              type="radio"
              name="program-source"
              value={option.kind}
              checked={kind === option.kind}
              onChange={() => {
                setKind(option.kind);
              }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {kind === 'path' ? (
        <>
          <TextField
            id="program-path"
            label="Folder path on the server's machine"
            value={path}
            required
            placeholder="/srv/programs/parrot"
            hint="A git repository there, cloned like any other (committed files only). A plain folder or tarball file cannot be installed over HTTP: on that machine, put it under $OXIOS_HOME/programs/ (read when the server starts)."
            onInput={setPath}
          />
          <TextField id="program-path-ref" label="Branch or tag (optional)" value={ref} onInput={setRef} />
        </>
      ) : (
        <>
          <TextField
            id="program-url"
            label={kind === 'git' ? 'Repository URL' : 'Tarball URL'}
            value={url}
            required
            placeholder={kind === 'git' ? 'https://github.com/owner/program.git' : 'https://example.com/program.tgz'}
            hint={
              kind === 'git' ? 'https://, ssh:// or user@host:path.' : 'https, or http on this machine (127.0.0.1).'
            }
            onInput={setUrl}
          />
          {kind === 'git' && (
            <TextField id="program-ref" label="Branch, tag or commit (optional)" value={ref} onInput={setRef} />
          )}
        </>
      )}
      <div class="row field-actions">
        <button type="submit" class="button button-primary" disabled={action.busy}>
          {action.busy ? 'Installing…' : 'Install'}
        </button>
      </div>
      {problem !== undefined && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {action.error !== undefined && (
        <p class="field-error" role="alert">
          {action.error}
        </p>
      )}
      {installed !== undefined && (
        <InfoNotice>
          Installed {installed.name} {installed.version} with {installed.tools.length} tool
          {installed.tools.length === 1 ? '' : 's'}.
        </InfoNotice>
      )}
    </form>
  );
}
