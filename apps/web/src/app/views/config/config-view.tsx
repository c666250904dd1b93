import type { ConfigUpdateResponse, ConfigView as ConfigDocument } from '@oxios/sdk-client';
import { useMemo, useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';
import { useLoad } from '../../api/use-load.js';
import type { ViewProps } from '../../shell/view-props.js';
import { ErrorNotice, InfoNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { ConfigFieldInput } from './config-field-input.js';
import { buildConfig, configForm, issuesFrom, type ConfigIssue, type ConfigValues } from './config-form.js';

/** The effective configuration (secrets redacted) as a validated form; the server's key errors show inline. */
export function ConfigView({ client }: ViewProps) {
  const loaded = useLoad((signal) => client.config.get(signal), []);
  if (loaded.state.status === 'loading') return <Loading label="Loading the configuration…" />;
  if (loaded.state.status === 'error')
    return (
      <section aria-labelledby="page-title">
        <PageHeader title="Configuration" />
        <ErrorNotice error={loaded.state.error} onRetry={loaded.reload} />
      </section>
    );
  return (
    <ConfigEditor
      key={JSON.stringify(loaded.state.data)}
      document={loaded.state.data}
      client={client}
      onSaved={loaded.reload}
    />
  );
}

function ConfigEditor({
  document,
  client,
  onSaved,
}: {
  readonly document: ConfigDocument;
  readonly client: ViewProps['client'];
  readonly onSaved: () => void;
}) {
  const form = useMemo(() => configForm(document.config), [document]);
  const fields = useMemo(() => form.sections.flatMap((section) => section.fields), [form]);
  const [values, setValues] = useState<ConfigValues>(form.values);
  const [issues, setIssues] = useState<ConfigIssue[]>([]);
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<ConfigUpdateResponse>();
  const [busy, setBusy] = useState(false);
  const byPath = new Map(issues.map((issue) => [issue.path, issue.message]));
  const unplaced = issues.filter((issue) => !fields.some((field) => field.path === issue.path));
  const save = () => {
    setSaved(undefined);
    setProblem(undefined);
    const built = buildConfig(document.config, fields, values);
    if (!built.ok) {
      setIssues(built.issues);
      return;
    }
    setBusy(true);
    void client.config.update({ config: built.config }).match(
      (result) => {
        setBusy(false);
        setIssues([]);
        setSaved(result);
        onSaved();
      },
      (error) => {
        setBusy(false);
        const found = error.code === 'http' ? issuesFrom(error.details) : [];
        setIssues(found);
        setProblem(describeError(error));
      },
    );
  };
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Configuration" />
      <p class="muted">
        {document.configPath} (OXIOS_HOME {document.home}). Secrets are never shown; they are kept when you save.
      </p>
      {saved !== undefined && (
        <InfoNotice>
          Saved. {saved.changed.length === 0 ? 'Nothing changed.' : `Changed: ${saved.changed.join(', ')}.`}{' '}
          {saved.restartRequired && 'Restart the server to apply the changes.'}
        </InfoNotice>
      )}
      {problem !== undefined && <ErrorNotice error={`The server refused the configuration: ${problem}`} />}
      {unplaced.length > 0 && (
        <ul class="field-error">
          {unplaced.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`}
            </li>
          ))}
        </ul>
      )}
      <form
        class="config-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {form.sections.map((section) => (
          <fieldset key={section.name} class="panel">
            <legend>[{section.name}]</legend>
            {section.fields.map((field) => (
              <ConfigFieldInput
                key={field.path}
                field={field}
                value={values[field.path] ?? ''}
                error={byPath.get(field.path)}
                onChange={(value) => {
                  setValues({ ...values, [field.path]: value });
                }}
              />
            ))}
          </fieldset>
        ))}
        <div class="row sticky-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            Save configuration
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              setValues(form.values);
              setIssues([]);
              setProblem(undefined);
            }}
          >
            Discard changes
          </button>
        </div>
      </form>
    </section>
  );
}
