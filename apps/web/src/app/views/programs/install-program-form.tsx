import type { InstallProgramRequest, OxiosClient, Program } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { useAction } from '../../api/use-action.js';
import { InfoNotice } from '../../ui/notices.js';
import { TextField } from '../../ui/text-field.js';

type SourceKind = 'git' | 'tarball-url' | 'path';

const KINDS: readonly { kind: SourceKind; label: string }[] = [
  { kind: 'git', label: 'Git repository' },
  { kind: 'tarball-url', label: 'Tarball URL' },
  { kind: 'path', label: 'Local folder or tarball' },
];

/** Installs a program from a git repository or a tarball URL; says why a local path is the server host's business. */
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
  const [installed, setInstalled] = useState<Program>();
  const action = useAction();
  const request = (): InstallProgramRequest | undefined => {
    if (kind === 'git') return { kind, url: url.trim(), ...(ref.trim() === '' ? {} : { ref: ref.trim() }) };
    if (kind === 'tarball-url') return { kind, url: url.trim() };
    return undefined;
  };
  return (
    <form
      class="panel"
      aria-labelledby="install-program-title"
      onSubmit={(event) => {
        event.preventDefault();
        const body = request();
        if (body === undefined) return;
        setInstalled(undefined);
        action.run('Could not install the program', client.programs.install(body), (program) => {
          setInstalled(program);
          setUrl('');
          setRef('');
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
        <p class="hint">
          The server installs only from git and from URLs: a path names a file on the server&apos;s machine, which the
          HTTP API does not let a browser reach. On that machine, put the folder (with its <code>program.toml</code>)
          under <code>$OXIOS_HOME/programs/</code> (read when the server starts), or publish it as a git repository or
          tarball and install it here.
        </p>
      ) : (
        <>
          <TextField
            id="program-url"
            label={kind === 'git' ? 'Repository URL' : 'Tarball URL'}
            value={url}
            required
            placeholder={kind === 'git' ? 'https://github.com/owner/program.git' : 'https://example.com/program.tgz'}
            hint="https, or http on this machine (127.0.0.1)."
            onInput={setUrl}
          />
          {kind === 'git' && (
            <TextField id="program-ref" label="Branch, tag or commit (optional)" value={ref} onInput={setRef} />
          )}
          <div class="row field-actions">
            <button type="submit" class="button button-primary" disabled={action.busy}>
              {action.busy ? 'Installing…' : 'Install'}
            </button>
          </div>
        </>
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
