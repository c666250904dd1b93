import { useState } from 'preact/hooks';

/** Where sending stands, decided by the conversation. */
export type ComposerMode = { readonly kind: 'ready' } | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * The message box: Enter sends, Shift+Enter starts a new line. While the server cannot take
 * messages it stays visible but disabled, with the reason.
 */
export function Composer({ mode, onSend }: { readonly mode: ComposerMode; readonly onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const disabled = mode.kind !== 'ready';
  const send = () => {
    const trimmed = text.trim();
    if (trimmed === '' || disabled) return;
    onSend(trimmed);
    setText('');
  };
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label for="composer-text">Message</label>
      <textarea
        id="composer-text"
        rows={3}
        value={text}
        disabled={disabled}
        aria-describedby={disabled ? 'composer-unavailable' : 'composer-help'}
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
        <p id="composer-unavailable" class="hint">
          {mode.reason}
        </p>
      ) : (
        <p id="composer-help" class="hint">
          Enter sends; Shift+Enter starts a new line.
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={disabled}>
        Send
      </button>
    </form>
  );
}
