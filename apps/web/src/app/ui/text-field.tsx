/** Props of {@link TextField}. */
export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows?: number;
  readonly required?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly pattern?: string;
  readonly maxLength?: number;
}

/** A labelled text input or textarea, with an optional hint tied to it for screen readers. */
export function TextField({ id, label, value, onInput, rows, hint, ...rest }: TextFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const common = {
    id,
    value,
    'aria-describedby': hintId,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      onInput(event.currentTarget.value);
    },
    ...rest,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {rows === undefined ? <input {...common} /> : <textarea rows={rows} {...common} />}
      {hint !== undefined && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
