import { useState } from 'preact/hooks';

/** Where sending stands, decided by the conversation. */
export type ComposerMode = { readonly kind: 'ready' } | { readonly kind: 'unavailable'; readonly reason: string };

/** Start work although the request is still ambiguous; the reason is recorded with the seed. */
export interface ForceRequest {
  readonly reason: string;
}

/** Props of {@link Composer}. */
export interface ComposerProps {
  /** Prefix of the element ids (two composers never share one). */
  readonly id?: string;
  readonly label?: string;
  readonly submitLabel?: string;
  readonly mode: ComposerMode;
  /** Offer "start work now" (force) with a reason: while the interview has not opened the gate. */
  readonly allowForce?: boolean;
  readonly onSend: (text: string, force: ForceRequest | undefined) => void;
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line. While the server cannot take
 * messages it stays visible but disabled, with the reason. With `allowForce`, a checkbox starts
 * the work although the request is still ambiguous; it needs a reason, which the seed records.
 */
export function Composer({
  id = 'composer',
  label = 'Message',
  submitLabel = 'Send',
  mode,
  allowForce = false,
  onSend,
}: ComposerProps) {
  const [text, setText] = useState('');
  const [force, setForce] = useState(false);
  const [reason, setReason] = useState('');
  const disabled = mode.kind !== 'ready';
  const forcing = allowForce && force;
  const send = () => {
    const trimmed = text.trim();
    if (trimmed === '' || disabled || (forcing && reason.trim() === '')) return;
    onSend(trimmed, forcing ? { reason: reason.trim() } : undefined);
    setText('');
    setForce(false);
    setReason('');
  };
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label for={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        disabled={disabled}
        required
        aria-describedby={disabled ? `${id}-unavailable` : `${id}-help`}
        onInput={(event) => {
          setText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            send();
          }
        }}
      />
      {disabled ? (
        <p id={`${id}-unavailable`} class="hint">
          {mode.reason}
        </p>
      ) : (
        <p id={`${id}-help`} class="hint">
          Enter sends; Shift+Enter starts a new line.
        </p>
      )}
      {allowForce && (
        <div class="force">
          <label class="checkbox">
            <input
              type="checkbox"
              checked={force}
              disabled={disabled}
              onChange={(event) => {
                setForce(event.currentTarget.checked);
              }}
            />{' '}
            Start work now, although the request may still be ambiguous (force)
          </label>
          {force && (
            <div class="field">
              <label for={`${id}-force-reason`}>Reason for forcing</label>
              <input
                id={`${id}-force-reason`}
                required
                maxLength={2000}
                value={reason}
                disabled={disabled}
                aria-describedby={`${id}-force-help`}
                onInput={(event) => {
                  setReason(event.currentTarget.value);
                }}
              />
              <p id={`${id}-force-help`} class="hint">
                Recorded with the seed, next to the real ambiguity score.
              </p>
            </div>
          )}
        </div>
      )}
      <button type="submit" class="button button-primary" disabled={disabled}>
        {forcing ? `${submitLabel} and start work` : submitLabel}
      </button>
    </form>
  );
}
