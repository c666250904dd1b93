import type { ConfigField } from './config-form.js';

/** Props of {@link ConfigFieldInput}. */
export interface ConfigFieldInputProps {
  readonly field: ConfigField;
  readonly value: string | boolean;
  readonly error: string | undefined;
  readonly onChange: (value: string | boolean) => void;
}

const idFor = (path: string) => `config-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** One setting: a labelled input of the right kind, with the server's message for it beneath. */
export function ConfigFieldInput({ field, value, error, onChange }: ConfigFieldInputProps) {
  const id = idFor(field.path);
  const errorId = `${id}-error`;
  const described = error === undefined ? {} : { 'aria-describedby': errorId, 'aria-invalid': true as const };
  const label = field.path.split('.').slice(1).join('.') || field.path;
  let input;
  if (field.kind === 'boolean') {
    input = (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        {...described}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
    );
  } else if (field.kind === 'list' || field.kind === 'json') {
    input = (
      <textarea
        id={id}
        rows={field.kind === 'list' ? 3 : 2}
        value={String(value)}
        {...described}
        onInput={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    );
  } else if (field.kind === 'string' && field.secret) {
    input = <input id={id} value="(secret: kept as it is; change it in config.toml)" disabled />;
  } else if (field.kind === 'number') {
    input = (
      <input
        id={id}
        type="number"
        step="any"
        value={String(value)}
        {...described}
        onInput={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    );
  } else {
    input = (
      <input
        id={id}
        value={String(value)}
        {...described}
        onInput={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    );
  }
  return (
    <div class={`field config-field${error === undefined ? '' : ' field-invalid'}`}>
      <label for={id}>
        {label}
        {field.kind === 'list' && <span class="hint"> (one per line)</span>}
      </label>
      {input}
      {error !== undefined && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
